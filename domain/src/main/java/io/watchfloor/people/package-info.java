/**
 * People and organisation (PEOPLE-01..03): persons and their roles, certifications with expiry,
 * departments with their working calendars, and who escalations go to.
 */
package io.watchfloor.people;
