/** The access use cases and their commands: requests and decisions, uses, exports, live view, visits, verification, audit. */
package io.watchfloor.access.port.in;
