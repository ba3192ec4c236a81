/**
 * Outbound ports of the access context: stores of requests, grants, exports and visits, the
 * append-only access log, and what other contexts or the deployment serve (camera levels, clearances,
 * who is on duty, the footage archive, the masker).
 */
package io.watchfloor.access.port.out;
