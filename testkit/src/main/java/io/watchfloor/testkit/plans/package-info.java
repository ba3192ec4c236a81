/** In-memory adapters of the plans ports and their contract suite. */
package io.watchfloor.testkit.plans;
