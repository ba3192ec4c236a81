/** In-memory adapters of the cases ports, their contract suites, and fixtures for cases. */
package io.watchfloor.testkit.cases;
