/** The people and working-calendar part of the demo week. */
package io.watchfloor.examples.people;
