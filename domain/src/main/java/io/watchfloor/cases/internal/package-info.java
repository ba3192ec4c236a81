/** The services behind the cases use cases; nobody outside the cases context imports this package. */
package io.watchfloor.cases.internal;
