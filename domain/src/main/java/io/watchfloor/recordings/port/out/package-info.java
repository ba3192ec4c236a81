/**
 * What the recordings context needs from outside: its stores (segments, holds, backups, destruction
 * records, policies), the recording store that holds the media, the control that stops a camera
 * recording, and two questions to other contexts: a camera's zone importance (devices) and which
 * footage open cases and investigations refer to (cases).
 */
package io.watchfloor.recordings.port.out;
