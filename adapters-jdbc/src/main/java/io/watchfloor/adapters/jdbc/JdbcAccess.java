package io.watchfloor.adapters.jdbc;

import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.AccessRequestId;
import io.watchfloor.access.ChainHash;
import io.watchfloor.access.Export;
import io.watchfloor.access.ExportId;
import io.watchfloor.access.Grant;
import io.watchfloor.access.GrantId;
import io.watchfloor.access.SignedCheckpoint;
import io.watchfloor.access.Visit;
import io.watchfloor.access.VisitId;
import io.watchfloor.access.port.out.AccessLog;
import io.watchfloor.access.port.out.AccessRequests;
import io.watchfloor.access.port.out.Exports;
import io.watchfloor.access.port.out.Grants;
import io.watchfloor.access.port.out.SignedCheckpoints;
import io.watchfloor.access.port.out.Visits;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.UuidV7;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The access context's stores over their tables ({@code wf_access_requests}, {@code wf_grants},
 * {@code wf_exports}, {@code wf_visits}, {@code wf_access_log}, {@code wf_signed_checkpoints}),
 * one small class each. The log and its checkpoints are append-only in the database itself on
 * PostgreSQL and MariaDB; the key that signs checkpoints is never stored here (ACCESS-04).
 */
public final class JdbcAccess {

    private JdbcAccess() {
    }

    /** Requests for footage. */
    public static final class JdbcAccessRequests implements AccessRequests {
        private final DocumentTable<AccessRequest> table;

        /** Requests in the database of {@code transactions}. */
        public JdbcAccessRequests(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_access_requests", "access request", AccessRequest.class,
                    AccessRequest::id, AccessRequest::version,
                    (r, v) -> new AccessRequest(r.id(), r.requester(), r.purpose(), r.cameras(), r.footage(), r.actions(),
                            r.gravity(), r.caseId(), r.registeredBy(), r.requestedAt(), r.approverRule(), r.freeOfCharge(),
                            r.decision(), v),
                    Columns.of(AccessRequest.class).add("requested_at", AccessRequest::requestedAt));
        }

        @Override
        public AccessRequest save(AccessRequest request) {
            return table.save(request);
        }

        @Override
        public Optional<AccessRequest> find(AccessRequestId id) {
            return table.find(id);
        }

        @Override
        public List<AccessRequest> filedBetween(Instant from, Instant to) {
            return table.where("requested_at >= ? AND requested_at < ?", "requested_at, id", from, to);
        }
    }

    /** Grants of access (ACCESS-03). */
    public static final class JdbcGrants implements Grants {
        private final DocumentTable<Grant> table;

        /** Grants in the database of {@code transactions}. */
        public JdbcGrants(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_grants", "grant", Grant.class, Grant::id, Grant::version,
                    (g, v) -> new Grant(g.id(), g.request(), g.requester(), g.cameras(), g.footage(), g.actions(),
                            g.grantedBy(), g.approverLevel(), g.validity(), g.unmaskedExportAllowed(), v),
                    Columns.of(Grant.class).add("validity_start", g -> g.validity().start()));
        }

        @Override
        public Grant save(Grant grant) {
            return table.save(grant);
        }

        @Override
        public Optional<Grant> find(GrantId id) {
            return table.find(id);
        }

        @Override
        public List<Grant> all() {
            return table.all("validity_start, id");
        }
    }

    /** Exports of footage. */
    public static final class JdbcExports implements Exports {
        private final DocumentTable<Export> table;

        /** Exports in the database of {@code transactions}. */
        public JdbcExports(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_exports", "export", Export.class, Export::id,
                    Export::version,
                    (e, v) -> new Export(e.id(), e.grant(), e.requester(), e.exportedBy(), e.exportedByName(), e.purpose(),
                            e.footage(), e.forPublication(), e.files(), e.handovers(), e.exportedAt(), v),
                    Columns.of(Export.class).add("exported_at", Export::exportedAt));
        }

        @Override
        public Export save(Export export) {
            return table.save(export);
        }

        @Override
        public Optional<Export> find(ExportId id) {
            return table.find(id);
        }

        @Override
        public List<Export> all() {
            return table.all("exported_at, id");
        }
    }

    /** Visits to the control room (ACCESS-07). */
    public static final class JdbcVisits implements Visits {
        private final DocumentTable<Visit> table;

        /** Visits in the database of {@code transactions}. */
        public JdbcVisits(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_visits", "visit", Visit.class, Visit::id, Visit::version,
                    (x, v) -> new Visit(x.id(), x.visitorName(), x.idNumber(), x.contact(), x.organisation(), x.host(),
                            x.approvedBy(), x.purpose(), x.entryAt(), x.exitAt(), v),
                    Columns.of(Visit.class).add("entry_at", Visit::entryAt));
        }

        @Override
        public Visit save(Visit visit) {
            return table.save(visit);
        }

        @Override
        public Optional<Visit> find(VisitId id) {
            return table.find(id);
        }

        @Override
        public List<Visit> enteredBetween(Instant from, Instant to) {
            return table.where("entry_at >= ? AND entry_at < ?", "entry_at, id", from, to);
        }
    }

    /**
     * The hash-chained access log (ACCESS-04): an entry is appended only when it extends the stored
     * head, its sequence is unique in the database, so of two appenders racing for one place exactly
     * one succeeds and the other gets {@link ConcurrentModification}.
     */
    public static final class JdbcAccessLog implements AccessLog {
        private final JdbcTransactions transactions;
        private final DocumentTable<AccessLogEntry> table;

        /** The access log in the database of {@code transactions}. */
        public JdbcAccessLog(JdbcTransactions transactions) {
            this.transactions = transactions;
            this.table = DocumentTable.records(transactions, "wf_access_log", "access log entry", AccessLogEntry.class,
                    AccessLogEntry::sequence, Columns.of(AccessLogEntry.class).add("sequence", AccessLogEntry::sequence));
        }

        @Override
        public void append(AccessLogEntry entry) {
            transactions.inTransaction(() -> {
                Optional<AccessLogEntry> head = head();
                long expected = head.map(h -> h.sequence() + 1).orElse(1L);
                ChainHash previous = head.map(AccessLogEntry::hash).orElse(ChainHash.GENESIS);
                if (entry.sequence() != expected || !entry.previousHash().equals(previous)) {
                    throw new ConcurrentModification("the access log's head moved: entry " + entry.sequence()
                            + " does not extend entry " + (expected - 1));
                }
                table.append(entry);
                return null;
            });
        }

        @Override
        public long size() {
            return table.count();
        }

        @Override
        public Optional<AccessLogEntry> head() {
            return table.where("", "sequence DESC LIMIT 1").stream().findFirst();
        }

        /** Up to {@code max} entries from {@code fromSequence} on, read by the sequence index (never an offset). */
        @Override
        public List<AccessLogEntry> read(long fromSequence, int max) {
            if (fromSequence < 1 || max < 0) {
                throw new IllegalArgumentException("read from sequence 1 or later, at most 0 or more entries");
            }
            return table.where("sequence >= ?", "sequence LIMIT " + max, fromSequence);
        }
    }

    /** Signed checkpoints of the access log, in the order the log grew. */
    public static final class JdbcSignedCheckpoints implements SignedCheckpoints {
        private final DocumentTable<SignedCheckpoint> table;

        /** Signed checkpoints in the database of {@code transactions}. */
        public JdbcSignedCheckpoints(JdbcTransactions transactions) {
            this.table = DocumentTable.records(transactions, "wf_signed_checkpoints", "signed checkpoint",
                    SignedCheckpoint.class, checkpoint -> UuidV7.next(), Columns.of(SignedCheckpoint.class)
                            .add("log_size", c -> c.checkpoint().size())
                            .add("taken_at", c -> c.checkpoint().takenAt()));
        }

        @Override
        public void add(SignedCheckpoint checkpoint) {
            table.append(checkpoint);
        }

        @Override
        public List<SignedCheckpoint> all() {
            return table.all("log_size, taken_at, id");
        }
    }
}
