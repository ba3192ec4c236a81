/** The access-to-footage part of the demo week: requests, grants, the access log, exports, live view and visits. */
package io.watchfloor.examples.access;
