/**
 * The shifts context in memory: an adapter for every outbound port of {@code io.watchfloor.shifts},
 * the contract suites every adapter of those ports must pass, and fixtures for tests and simulations.
 */
package io.watchfloor.testkit.shifts;
