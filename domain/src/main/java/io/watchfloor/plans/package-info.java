/**
 * Contingency plans (应急预案, PLAN-01, PLAN-02): one plan of ordered steps per incident type; an
 * activation (by a major incident, CASE-14) is a checklist whose steps are ticked in order with time
 * and actor; drills (演练) are scheduled, quarterly by default, recorded, and flagged when overdue.
 */
package io.watchfloor.plans;
