/** The services behind the duty-shift use cases; nothing outside the shifts context imports this. */
package io.watchfloor.shifts.internal;
