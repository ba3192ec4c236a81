/** The use cases of cases and incidents, each with its validated command records. */
package io.watchfloor.cases.port.in;
