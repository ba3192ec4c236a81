/**
 * Duty shifts (SHIFT-01..10, PEOPLE-03): rotas built from shift templates in a real time zone, their
 * coverage and publication, assignments within rest and duty limits, a fair rota generator,
 * check-in and check-out, written handovers, leave, swaps and substitutes, watch tours, the
 * append-only duty log, cleaning duty, monthly attendance and who is on duty at an instant.
 */
package io.watchfloor.shifts;
