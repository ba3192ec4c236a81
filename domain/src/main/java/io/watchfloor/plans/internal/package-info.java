/** The services behind the plans use cases; nobody outside the plans context imports this package. */
package io.watchfloor.plans.internal;
