/** In-memory people and departments stores and their contract suites. */
package io.watchfloor.testkit.people;
