/** The recordings and retention part of the demo week. */
package io.watchfloor.examples.recordings;
