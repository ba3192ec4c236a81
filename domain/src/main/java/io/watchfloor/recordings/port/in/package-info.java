/** The recordings and retention use cases and their commands. */
package io.watchfloor.recordings.port.in;
