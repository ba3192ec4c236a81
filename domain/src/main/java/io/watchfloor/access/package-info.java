/**
 * Access to footage and the control room (ACCESS-01..11): requests and their approval by the role the
 * {@link io.watchfloor.access.AccessPolicy} names, scoped and expiring grants checked at every use,
 * the tamper-evident access log (a SHA-256 hash chain with exportable checkpoints), exports with
 * manifests, masking, live view for staff on duty, the visit register and audit reports.
 */
package io.watchfloor.access;
