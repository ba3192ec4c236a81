/** In-memory building blocks for every context: clock, transactions, versioned stores, event sink, validator. */
package io.watchfloor.testkit.shared;
