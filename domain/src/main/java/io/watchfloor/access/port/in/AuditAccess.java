package io.watchfloor.access.port.in;

import io.watchfloor.access.AccessAudit;
import io.watchfloor.shared.TimeRange;

/** Audit reports on access to footage: who looked at what, requests by requester class, refused attempts. */
public interface AuditAccess {

    /** The audit of {@code period}. */
    AccessAudit audit(TimeRange period);
}
