/** Every store and every piece of equipment of a whole centre in memory, for {@link io.watchfloor.centre.Centre#assemble}. */
package io.watchfloor.testkit.centre;
