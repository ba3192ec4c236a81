package io.watchfloor.devices;

import java.util.Objects;

/** What an observed change to a device turned out to be (DEVICE-04). */
public sealed interface ObservedChangeOutcome {

    /** It is covered by an approved change request. */
    record Approved(ChangeRequestId request) implements ObservedChangeOutcome {
        public Approved {
            Objects.requireNonNull(request, "request");
        }
    }

    /** No approved request covers it: it is recorded as a violation. */
    record Unapproved(ChangeViolation violation) implements ObservedChangeOutcome {
        public Unapproved {
            Objects.requireNonNull(violation, "violation");
        }
    }
}
