/** The duty-shift use cases and their validated commands. */
package io.watchfloor.shifts.port.in;
