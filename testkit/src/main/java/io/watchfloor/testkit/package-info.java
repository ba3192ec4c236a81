/**
 * Watchfloor's testkit: in-memory adapters that double as fakes, a settable clock, the contract
 * suites every adapter must pass, the architecture rules and (in {@code property}) the property engine.
 */
package io.watchfloor.testkit;
