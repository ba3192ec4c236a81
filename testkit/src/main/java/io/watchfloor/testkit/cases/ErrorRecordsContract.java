package io.watchfloor.testkit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.cases.ErrorRecord;
import io.watchfloor.cases.Fault;
import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link ErrorRecords} adapter must do (CASE-03, CASE-04). Extend it and supply a fresh, empty store per test. */
public abstract class ErrorRecordsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract ErrorRecords newErrorRecords();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    @DisplayName("the records against a person in (after, upTo] come back oldest first; others' records do not")
    void windowPerPerson() {
        ErrorRecords records = newErrorRecords();
        PersonId gao = PersonId.newId();
        PersonId ma = PersonId.newId();
        ErrorRecord late = new ErrorRecord(gao, CaseId.newId(), Fault.MISSED_DISPATCH_LIMIT, T0.plusSeconds(3600));
        ErrorRecord early = new ErrorRecord(gao, CaseId.newId(), Fault.WRONG_REGISTRATION, T0);
        records.append(late);
        records.append(early);
        records.append(new ErrorRecord(ma, CaseId.newId(), Fault.WRONG_DISPATCH, T0));

        assertEquals(List.of(early, late), records.against(gao, T0.minusMillis(1), T0.plusSeconds(3600)));
        assertEquals(List.of(late), records.against(gao, T0, T0.plusSeconds(3600)));
        assertEquals(List.of(early), records.against(gao, T0.minusMillis(1), T0.plusSeconds(3599)));
        assertEquals(List.of(), records.against(PersonId.newId(), T0.minusSeconds(1), T0.plusSeconds(7200)));
    }

    @Test
    @DisplayName("the same fault on the same case may be recorded twice: records are never merged")
    void appendOnly() {
        ErrorRecords records = newErrorRecords();
        ErrorRecord r = new ErrorRecord(PersonId.newId(), CaseId.newId(), Fault.WRONG_DISPATCH, T0);
        records.append(r);
        records.append(r);
        assertEquals(List.of(r, r), records.against(r.person(), T0.minusSeconds(1), T0));
    }
}
