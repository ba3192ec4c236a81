package io.watchfloor.cases.port.out;

import io.watchfloor.cases.ErrorRecord;
import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.List;

/** The error records against people (CASE-03), append-only, queried per person for CASE-04. */
public interface ErrorRecords {

    /** Appends a record. */
    void append(ErrorRecord record);

    /** The records against {@code person} incurred in {@code (after, upTo]}, oldest first. */
    List<ErrorRecord> against(PersonId person, Instant after, Instant upTo);
}
