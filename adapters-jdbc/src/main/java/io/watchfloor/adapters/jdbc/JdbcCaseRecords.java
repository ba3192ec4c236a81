package io.watchfloor.adapters.jdbc;

import io.watchfloor.cases.ErrorRecord;
import io.watchfloor.cases.Incident;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.UuidV7;
import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.cases.port.out.Incidents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The cases context's incident and error-record stores over {@code wf_incidents} and {@code wf_error_records}. */
public final class JdbcCaseRecords {

    private JdbcCaseRecords() {
    }

    /** Incidents seen on camera or reported. */
    public static final class JdbcIncidents implements Incidents {
        private final DocumentTable<Incident> table;

        /** Incidents in the database of {@code transactions}. */
        public JdbcIncidents(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_incidents", "incident", Incident.class, Incident::id,
                    Incident::version,
                    (i, v) -> new Incident(i.id(), i.seenAt(), i.camera(), i.area(), i.type(), i.severity(),
                            i.description(), i.recordedBy(), i.partiesNotified(), i.planActivation(), i.result(),
                            i.handledBy(), i.handledAt(), v),
                    Columns.of(Incident.class).add("seen_at", Incident::seenAt));
        }

        @Override
        public Incident save(Incident incident) {
            return table.save(incident);
        }

        @Override
        public Optional<Incident> find(IncidentId id) {
            return table.find(id);
        }

        @Override
        public List<Incident> seenBetween(Instant from, Instant to) {
            return table.where("seen_at >= ? AND seen_at < ?", "seen_at, id", from, to);
        }
    }

    /** Error records against staff (CASE-04), never changed. */
    public static final class JdbcErrorRecords implements ErrorRecords {
        private final DocumentTable<ErrorRecord> table;

        /** Error records in the database of {@code transactions}. */
        public JdbcErrorRecords(JdbcTransactions transactions) {
            this.table = DocumentTable.records(transactions, "wf_error_records", "error record", ErrorRecord.class,
                    record -> UuidV7.next(), Columns.of(ErrorRecord.class)
                            .add("person", ErrorRecord::person)
                            .add("happened_at", ErrorRecord::at));
        }

        @Override
        public void append(ErrorRecord record) {
            table.append(record);
        }

        @Override
        public List<ErrorRecord> against(PersonId person, Instant after, Instant upTo) {
            return table.where("person = ? AND happened_at > ? AND happened_at <= ?", "happened_at, id", person, after, upTo);
        }
    }
}
