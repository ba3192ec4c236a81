package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Objects;

/** One step of a change request's history (DEVICE-04): what, when, by whom, with a note. */
public record ChangeStep(ChangeAction action, Instant at, PersonId actor, String note) {

    public ChangeStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        note = note == null ? "" : note;
    }
}
