/** The use cases of contingency plans and drills, with their validated command records. */
package io.watchfloor.plans.port.in;
