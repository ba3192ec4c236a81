/**
 * A whole centre in one call: {@link io.watchfloor.centre.Centre#assemble} wires the eight contexts
 * over one runtime and the bridges that serve one context's ports from another's records. The only
 * package that may use every context.
 */
package io.watchfloor.centre;
