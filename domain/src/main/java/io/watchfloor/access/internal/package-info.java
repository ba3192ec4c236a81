/** The services behind the access use cases; nothing outside the access context imports this. */
package io.watchfloor.access.internal;
