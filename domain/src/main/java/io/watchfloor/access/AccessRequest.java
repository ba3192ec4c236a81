package io.watchfloor.access;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request to view, play back, export or copy recorded footage (ACCESS-01, ACCESS-08): who asks,
 * why (事由), which cameras and footage, which actions, how grave the event is, who registered it,
 * and who must approve it (decided by the {@link AccessPolicy} when filed). It is approved once,
 * giving a {@link Grant}, or refused; either decision records who decided, when and why.
 *
 * @param caseId the case the footage is for, or {@code null}
 * @param registeredBy the staff member who took the request in
 * @param approverRule who must approve, fixed when the request was filed
 * @param freeOfCharge whether the request is served free of charge (law enforcement)
 * @param decision the approval or refusal, or {@code null} while pending
 */
public record AccessRequest(AccessRequestId id, Requester requester, String purpose, Set<CameraId> cameras, TimeRange footage,
                            Set<AccessAction> actions, Gravity gravity, CaseId caseId, PersonId registeredBy, Instant requestedAt,
                            AccessPolicy.ApproverRule approverRule, boolean freeOfCharge, Decision decision, Version version) {

    /** Where a request stands. */
    public enum Status { PENDING, APPROVED, REFUSED }

    /**
     * An approval or a refusal.
     *
     * @param writtenApproval the reference of the written approval cited, or {@code null}
     * @param grant the grant an approval gave, or {@code null} for a refusal
     */
    public record Decision(boolean approved, PersonId decidedBy, String decidedByName, String reason, String writtenApproval,
                           Instant at, GrantId grant) {
        public Decision {
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedByName, "decidedByName");
            Objects.requireNonNull(at, "at");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a decision needs its reason");
            }
            if (approved != (grant != null)) {
                throw new IllegalArgumentException("an approval gives a grant and a refusal none");
            }
        }
    }

    public AccessRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(footage, "footage");
        Objects.requireNonNull(gravity, "gravity");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(approverRule, "approverRule");
        Objects.requireNonNull(version, "version");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("a request needs its purpose");
        }
        if (cameras == null || cameras.isEmpty()) {
            throw new IllegalArgumentException("a request names at least one camera");
        }
        if (actions == null || actions.isEmpty()) {
            throw new IllegalArgumentException("a request names at least one action");
        }
        cameras = Set.copyOf(cameras);
        actions = Set.copyOf(EnumSet.copyOf(actions));
    }

    /** A request filed now, with the approver the policy requires. */
    public static AccessRequest file(Requester requester, String purpose, Set<CameraId> cameras, TimeRange footage,
                                     Set<AccessAction> actions, Gravity gravity, CaseId caseId, PersonId registeredBy,
                                     AccessPolicy policy, Instant at) {
        return new AccessRequest(AccessRequestId.newId(), requester, purpose, new LinkedHashSet<>(cameras), footage, actions, gravity,
                caseId, registeredBy, at, policy.approverFor(requester.kind(), gravity), policy.isFreeOfCharge(requester.kind()),
                null, Version.NEW);
    }

    /** Where it stands. */
    public Status status() {
        return decision == null ? Status.PENDING : decision.approved() ? Status.APPROVED : Status.REFUSED;
    }

    /** The decision, once taken. */
    public Optional<Decision> decided() {
        return Optional.ofNullable(decision);
    }

    /** The result of an approval: the request as approved, the grant it gives, and the event. */
    public record Approved(AccessRequest request, Grant grant, AccessEvent.AccessApproved event) {
    }

    /** The result of a refusal. */
    public record Refused(AccessRequest request, AccessEvent.AccessRefused event) {
    }

    /**
     * Approves the request. Refused unless it is pending; the approver is not its requester (nor, for
     * a data subject, the person shown), whatever class it was filed under, nor who registered it
     * (ACCESS-10); the approver holds a role the policy requires, citing a written approval where
     * required (ACCESS-01); and the approver's level covers every camera's (ACCESS-02).
     *
     * @param approverIdNumber the approver's sealed ID number on the staff records, or {@code null} when none is recorded
     * @param approverLevel the approver's own access level
     * @param cameraLevels the current effective level of every camera requested
     * @param validFor how long the grant lasts, from {@code at}
     */
    public Approved approve(Person approver, SealedIdNumber approverIdNumber, AccessLevel approverLevel, Map<CameraId, AccessLevel> cameraLevels, String reason,
                            String writtenApproval, Duration validFor, boolean allowUnmasked, Instant at) {
        requireDecidable(approver, approverIdNumber, "approve");
        if (approverRule.writtenApproval() && (writtenApproval == null || writtenApproval.isBlank())) {
            throw new RuleViolation("ACCESS-01", "a request of " + requester.kind().title()
                    + " needs the deputy leader's written approval: cite its reference");
        }
        for (CameraId camera : cameras) {
            AccessLevel level = Objects.requireNonNull(cameraLevels.get(camera), () -> "no level given for camera " + camera);
            if (!approverLevel.covers(level)) {
                throw new RuleViolation("ACCESS-02", approver.name() + " holds access level " + approverLevel
                        + " and may not grant camera " + camera + " at level " + level);
            }
        }
        if (validFor == null || validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("validFor must be positive, was " + validFor);
        }
        Map<CameraId, AccessLevel> granted = cameras.stream().collect(Collectors.toMap(c -> c, cameraLevels::get));
        Grant grant = new Grant(GrantId.newId(), id, requester, granted, footage, actions, approver.id(), approverLevel,
                TimeRange.starting(at, validFor), allowUnmasked, Version.NEW);
        Decision decision = new Decision(true, approver.id(), approver.name(), reason, writtenApproval, at, grant.id());
        return new Approved(with(decision), grant, new AccessEvent.AccessApproved(id, grant.id(), approver.id(), requester.kind(), at));
    }

    /**
     * Refuses the request with a reason; only someone who could approve it may, and never for their own request.
     *
     * @param approverIdNumber the approver's sealed ID number on the staff records, or {@code null} when none is recorded
     */
    public Refused refuse(Person approver, SealedIdNumber approverIdNumber, String reason, Instant at) {
        requireDecidable(approver, approverIdNumber, "refuse");
        Decision decision = new Decision(false, approver.id(), approver.name(), reason, null, at, null);
        return new Refused(with(decision), new AccessEvent.AccessRefused(id, approver.id(), requester.kind(), reason, at));
    }

    private void requireDecidable(Person approver, SealedIdNumber approverIdNumber, String verb) {
        Objects.requireNonNull(approver, "approver");
        if (decision != null) {
            throw new RuleViolation("ACCESS-01", "request " + id + " was already " + status().name().toLowerCase()
                    + " by " + decision.decidedByName() + "; a decision is not taken twice");
        }
        requireNotTheirOwn(approver, approverIdNumber, verb);
        if (approver.roles().stream().noneMatch(approverRule.roles()::contains)) {
            throw new RuleViolation("ACCESS-01", approver.name() + " may not " + verb + " a request of " + requester.kind().title()
                    + (gravity == Gravity.MAJOR_SPECIAL_EVENT ? " about a major special event" : "") + ": that needs "
                    + approverRule.roles().stream().sorted().map(Role::title).collect(Collectors.joining(" or "))
                    + ", and they hold " + approver.roles().stream().sorted().map(Role::title).collect(Collectors.joining(", ")));
        }
    }

    /**
     * ACCESS-10: nobody decides a request in which they are the requester (for a data subject, also the
     * person shown), told by their person where the request names one and by their sealed ID number
     * otherwise, whatever class it was filed under; nor a request they registered themselves. When the
     * request carries an ID number and the decider has none on record, nobody can show it is not theirs.
     */
    private void requireNotTheirOwn(Person approver, SealedIdNumber approverIdNumber, String verb) {
        if (requester.staffMemberId().filter(approver.id()::equals).isPresent()) {
            throw new RuleViolation("ACCESS-10", approver.name() + " may not " + verb
                    + " their own request: nobody approves their own request");
        }
        if (requester.idNumber() != null) {
            if (approverIdNumber == null) {
                throw new RuleViolation("ACCESS-10", approver.name() + " has no ID number on the staff records, so nobody can show that"
                        + " the request filed under ID number " + requester.idNumber().masked() + " is not their own; they may not " + verb + " it");
            }
            if (approverIdNumber.equals(requester.idNumber())) {
                throw new RuleViolation("ACCESS-10", approver.name() + " may not " + verb + " a request filed under their own ID number "
                        + requester.idNumber().masked() + ": nobody approves their own request");
            }
        }
        if (approver.id().equals(registeredBy)) {
            throw new RuleViolation("ACCESS-10", approver.name() + " may not " + verb
                    + " a request they registered themselves: nobody approves their own request");
        }
    }

    private AccessRequest with(Decision decision) {
        return new AccessRequest(id, requester, purpose, cameras, footage, actions, gravity, caseId, registeredBy, requestedAt,
                approverRule, freeOfCharge, decision, version);
    }

    /** The same request as stored at {@code stored}; used by repository adapters only. */
    public AccessRequest withVersion(Version stored) {
        return new AccessRequest(id, requester, purpose, cameras, footage, actions, gravity, caseId, registeredBy, requestedAt,
                approverRule, freeOfCharge, decision, stored);
    }
}
