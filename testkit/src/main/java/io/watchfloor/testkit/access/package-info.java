/**
 * In-memory adapters of every access port, the contract suites every adapter of the access stores
 * must pass, and the access context's generators for the property engine.
 */
package io.watchfloor.testkit.access;
