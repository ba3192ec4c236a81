/** The duty-shifts part of the demo week: the rota, check-ins, handovers, tours, the duty log and escalations. */
package io.watchfloor.examples.shifts;
