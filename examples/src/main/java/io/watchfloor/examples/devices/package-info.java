/** The devices part of the demo week: the archive imported from CSV, inspections, faults and repairs, approved changes, camera health. */
package io.watchfloor.examples.devices;
