/** Where rotas, attendances, handovers, leave, tours, the duty log and cleaning records are stored, and how staff are read. */
package io.watchfloor.shifts.port.out;
