/** Where contingency plans and their activations are stored. */
package io.watchfloor.plans.port.out;
