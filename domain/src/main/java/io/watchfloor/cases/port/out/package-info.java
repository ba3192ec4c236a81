/** Where cases, error records and incidents are stored, and the gateway that activates contingency plans. */
package io.watchfloor.cases.port.out;
