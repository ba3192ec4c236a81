/**
 * The shared kernel every context uses: typed ids, {@link io.watchfloor.shared.Version},
 * {@link io.watchfloor.shared.WorkingCalendar}, domain events, rule violations and paging.
 */
package io.watchfloor.shared;
