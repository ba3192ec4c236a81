package io.watchfloor.recordings;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A hold on the footage of some cameras over a time range (RET-04, RET-09): a legal hold, which has
 * no expiry and lasts until released by someone with authority, or an evidence lock with an expiry,
 * in governance mode (an authorised person may shorten or release it, with a reason, audited by the
 * event) or compliance mode (nobody may shorten or release it before it expires; it may be extended).
 * A hold protects from when it is placed, whatever instant a sweep is run for, until it is released
 * or its expiry passes.
 *
 * @param caseId the case it serves, or {@code null} when it names an incident
 * @param incident the incident it serves, or {@code null} when it names a case
 * @param mode the lock mode of an evidence lock; {@code null} for a legal hold
 * @param expiresAt the expiry of an evidence lock; {@code null} for a legal hold
 * @param releasedBy who released it, or {@code null} while it holds
 * @param releasedAt when it was released, or {@code null} while it holds
 */
public record Hold(HoldId id, HoldKind kind, LockMode mode, Set<CameraId> cameras, TimeRange range, HoldReason reason,
                   CaseId caseId, IncidentId incident, String note, PersonId placedBy, Instant placedAt,
                   Instant expiresAt, PersonId releasedBy, Instant releasedAt, Version version) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public Hold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(version, "version");
        if (cameras == null || cameras.isEmpty()) {
            throw new IllegalArgumentException("a hold names at least one camera");
        }
        cameras = Set.copyOf(cameras);
        if (caseId == null && incident == null) {
            throw new IllegalArgumentException("a hold refers to a case or an incident (RET-04)");
        }
        note = note == null ? "" : note;
        if (kind == HoldKind.LEGAL_HOLD && (mode != null || expiresAt != null)) {
            throw new IllegalArgumentException("a legal hold has neither lock mode nor expiry");
        }
        if (kind == HoldKind.EVIDENCE_LOCK && (mode == null || expiresAt == null)) {
            throw new IllegalArgumentException("an evidence lock needs a lock mode and an expiry");
        }
        if ((releasedBy == null) != (releasedAt == null)) {
            throw new IllegalArgumentException("a release names who and when");
        }
    }

    /** A legal hold placed now: no expiry. */
    public static Hold legalHold(Set<CameraId> cameras, TimeRange range, HoldReason reason, CaseId caseId,
                                 IncidentId incident, String note, PersonId placedBy, Instant placedAt) {
        return new Hold(HoldId.newId(), HoldKind.LEGAL_HOLD, null, cameras, range, reason, caseId, incident, note,
                placedBy, placedAt, null, null, null, Version.NEW);
    }

    /** An evidence lock placed now, expiring at {@code expiresAt}, which must be later than now. */
    public static Hold evidenceLock(LockMode mode, Set<CameraId> cameras, TimeRange range, HoldReason reason, CaseId caseId,
                                    IncidentId incident, String note, PersonId placedBy, Instant placedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(placedAt)) {
            throw new IllegalArgumentException("an evidence lock must expire after it is placed, " + WHEN.format(placedAt)
                    + ", not " + WHEN.format(expiresAt));
        }
        return new Hold(HoldId.newId(), HoldKind.EVIDENCE_LOCK, mode, cameras, range, reason, caseId, incident, note,
                placedBy, placedAt, expiresAt, null, null, Version.NEW);
    }

    /** The result of a change: the new state and the event it caused. */
    public record Changed(Hold hold, RecordingsEvent event) {
    }

    /** The expiry, for an evidence lock. */
    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    /** Whether it has been released. */
    public boolean isReleased() {
        return releasedAt != null;
    }

    /** Whether it protects footage at {@code at}: not released and, for a lock, not yet expired. */
    public boolean protectsAt(Instant at) {
        return releasedAt == null && (expiresAt == null || at.isBefore(expiresAt));
    }

    /** Whether it covers footage of {@code camera} recorded in {@code recorded}. */
    public boolean covers(CameraId camera, TimeRange recorded) {
        return cameras.contains(camera) && range.overlaps(recorded);
    }

    /** What it serves, as said in a sentence: "case 0193..." or "incident 0193...". */
    public String reference() {
        return caseId != null ? "case " + caseId : "incident " + incident;
    }

    /** What it is, as said in a sentence. */
    public String describe() {
        return switch (kind) {
            case LEGAL_HOLD -> "legal hold " + id + " (" + reference() + ")";
            case EVIDENCE_LOCK -> mode.name().toLowerCase() + " evidence lock " + id + " until " + WHEN.format(expiresAt)
                    + " (" + reference() + ")";
        };
    }

    /** Moves an evidence lock's expiry later; anyone who may place holds may extend one. */
    public Changed extend(Instant newExpiry, PersonId by, Instant at) {
        requireHolding();
        if (kind == HoldKind.LEGAL_HOLD) {
            throw new RuleViolation("RET-09", describe() + " has no expiry to extend: it lasts until released");
        }
        if (!newExpiry.isAfter(expiresAt)) {
            throw new IllegalArgumentException("an extension must move the expiry later than " + WHEN.format(expiresAt));
        }
        Hold extended = new Hold(id, kind, mode, cameras, range, reason, caseId, incident, note, placedBy, placedAt,
                newExpiry, null, null, version);
        return new Changed(extended, new RecordingsEvent.HoldExtended(id, expiresAt, newExpiry, by, at));
    }

    /**
     * Moves a governance lock's expiry earlier, with a reason (RET-09); the caller has checked the
     * authority. A compliance lock is never shortened; a legal hold has no expiry.
     */
    public Changed shorten(Instant newExpiry, PersonId by, String why, Instant at) {
        requireHolding();
        if (kind == HoldKind.LEGAL_HOLD) {
            throw new RuleViolation("RET-09", describe() + " has no expiry to shorten: it lasts until released");
        }
        if (mode == LockMode.COMPLIANCE) {
            throw new RuleViolation("RET-09", describe() + " is in compliance mode: nobody may shorten it");
        }
        if (!newExpiry.isBefore(expiresAt)) {
            throw new IllegalArgumentException("newExpiry: shortening must move the expiry earlier than " + WHEN.format(expiresAt));
        }
        Hold shortened = new Hold(id, kind, mode, cameras, range, reason, caseId, incident, note, placedBy, placedAt,
                newExpiry, null, null, version);
        return new Changed(shortened, new RecordingsEvent.HoldShortened(id, expiresAt, newExpiry, by, why, at));
    }

    /**
     * Releases the hold (RET-04); the caller has checked the authority. A compliance lock cannot be
     * released before its expiry (RET-09).
     */
    public Changed release(PersonId by, String why, Instant at) {
        requireHolding();
        if (kind == HoldKind.EVIDENCE_LOCK && mode == LockMode.COMPLIANCE && at.isBefore(expiresAt)) {
            throw new RuleViolation("RET-09", describe() + " is in compliance mode: nobody may release it before it expires");
        }
        Hold released = new Hold(id, kind, mode, cameras, range, reason, caseId, incident, note, placedBy, placedAt,
                expiresAt, by, at, version);
        return new Changed(released, new RecordingsEvent.HoldReleased(id, by, why, at));
    }

    private void requireHolding() {
        if (releasedAt != null) {
            throw new RuleViolation("RET-04", describe() + " was already released at " + WHEN.format(releasedAt));
        }
    }

    /** The same hold as stored at {@code stored}; used by repository adapters only. */
    public Hold withVersion(Version stored) {
        return new Hold(id, kind, mode, cameras, range, reason, caseId, incident, note, placedBy, placedAt, expiresAt,
                releasedBy, releasedAt, stored);
    }
}
