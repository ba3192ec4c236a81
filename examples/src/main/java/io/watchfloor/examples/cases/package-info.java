/** The cases, incidents and contingency plans of the example centre's simulated week. */
package io.watchfloor.examples.cases;
