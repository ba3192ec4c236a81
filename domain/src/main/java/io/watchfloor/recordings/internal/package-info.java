/** The service behind the recordings use cases; nothing outside the recordings context imports this. */
package io.watchfloor.recordings.internal;
