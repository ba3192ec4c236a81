/**
 * The recordings context in memory: an adapter for every outbound port (stores undone with the unit of
 * work, a recording store that can fail or crash on demand), the contract suites every adapter of
 * those ports must pass, fixtures, and the generators of random retention worlds for the property engine.
 */
package io.watchfloor.testkit.recordings;
