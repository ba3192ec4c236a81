/** The people use cases and their commands. */
package io.watchfloor.people.port.in;
