/** The services behind the people use cases; nothing outside the people context imports this. */
package io.watchfloor.people.internal;
