package io.watchfloor.access;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an approved request allows (ACCESS-02, ACCESS-03): these cameras, each at the access level it
 * had when approved (never more than the camera's nor the approver's), this footage, these actions,
 * from approval until expiry, for its requester only. Every use is checked against it by {@link #check}
 * and {@link #checkUser}.
 *
 * @param cameras each camera in scope and the access level granted for it
 * @param unmaskedExportAllowed whether the approver allowed exports of privacy-flagged cameras unmasked (ACCESS-06)
 */
public record Grant(GrantId id, AccessRequestId request, Requester requester, Map<CameraId, AccessLevel> cameras,
                    TimeRange footage, Set<AccessAction> actions, PersonId grantedBy, AccessLevel approverLevel,
                    TimeRange validity, boolean unmaskedExportAllowed, Version version) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(footage, "footage");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(approverLevel, "approverLevel");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(version, "version");
        if (cameras == null || cameras.isEmpty()) {
            throw new IllegalArgumentException("a grant names at least one camera");
        }
        if (actions == null || actions.isEmpty()) {
            throw new IllegalArgumentException("a grant allows at least one action");
        }
        for (Map.Entry<CameraId, AccessLevel> c : cameras.entrySet()) {
            if (!approverLevel.covers(c.getValue())) {
                throw new RuleViolation("ACCESS-02", "a grant at level " + c.getValue() + " for camera " + c.getKey()
                        + " exceeds the approver's level " + approverLevel);
            }
        }
        cameras = Map.copyOf(cameras);
        actions = Set.copyOf(EnumSet.copyOf(actions));
    }

    /** Whether the grant allows {@code action} on {@code camera}'s footage in {@code range} at {@code at}. */
    public boolean allows(CameraId camera, TimeRange range, AccessAction action, AccessLevel cameraLevelNow, Instant at) {
        try {
            check(camera, range, action, cameraLevelNow, at);
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }

    /**
     * Refuses, naming the rule, any use outside the grant: before it starts or after it expires, another
     * camera, footage outside its range, another action (ACCESS-03), or a camera whose level has since
     * risen above the level granted (ACCESS-02).
     */
    public void check(CameraId camera, TimeRange range, AccessAction action, AccessLevel cameraLevelNow, Instant at) {
        check(camera, camera.toString(), range, action, cameraLevelNow, at);
    }

    /** As {@link #check(CameraId, TimeRange, AccessAction, AccessLevel, Instant)}, naming the camera by its name in refusals. */
    public void check(CameraProfile camera, TimeRange range, AccessAction action, Instant at) {
        Objects.requireNonNull(camera, "camera");
        check(camera.id(), camera.name(), range, action, camera.effectiveLevel(), at);
    }

    private void check(CameraId camera, String cameraName, TimeRange range, AccessAction action, AccessLevel cameraLevelNow, Instant at) {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(cameraLevelNow, "cameraLevelNow");
        Objects.requireNonNull(at, "at");
        if (at.isBefore(validity.start())) {
            throw new RuleViolation("ACCESS-03", "grant " + id + " is valid only from " + WHEN.format(validity.start()));
        }
        if (!at.isBefore(validity.end())) {
            throw new RuleViolation("ACCESS-03", "grant " + id + " expired at " + WHEN.format(validity.end()));
        }
        AccessLevel granted = cameras.get(camera);
        if (granted == null) {
            throw new RuleViolation("ACCESS-03", "grant " + id + " does not cover camera " + cameraName);
        }
        if (!actions.contains(action)) {
            throw new RuleViolation("ACCESS-03", "grant " + id + " allows " + titles(actions) + ", not " + action.title());
        }
        if (!footage.contains(range)) {
            throw new RuleViolation("ACCESS-03", "grant " + id + " covers footage from " + WHEN.format(footage.start()) + " to "
                    + WHEN.format(footage.end()) + ", not " + WHEN.format(range.start()) + " to " + WHEN.format(range.end()));
        }
        if (!granted.covers(cameraLevelNow)) {
            throw new RuleViolation("ACCESS-02", "camera " + cameraName + " is now at level " + cameraLevelNow
                    + ", above the level " + granted + " granted by " + id);
        }
    }

    /**
     * Refuses (ACCESS-03) anyone but who may use the grant: a grant to a person on the staff records
     * is used by them alone; a grant to a requester outside the centre is used by an operator on duty
     * serving that requester, who acts for them.
     *
     * @param actorOnDuty whether the actor is on duty now
     * @return whether the actor acts for the requester (rather than being the grantee)
     */
    public boolean checkUser(PersonId actor, String actorName, boolean actorOnDuty) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorName, "actorName");
        if (requester.staffMemberId().isPresent()) {
            if (!requester.staffMemberId().get().equals(actor)) {
                throw new RuleViolation("ACCESS-03", actorName + " may not use grant " + id + ": it was granted to "
                        + requester.identity() + ", and only they may use it");
            }
            return false;
        }
        if (!actorOnDuty) {
            throw new RuleViolation("ACCESS-03", actorName + " is not on duty and may not use grant " + id + " for "
                    + requester.identity() + ": only the operator on duty serving them may");
        }
        return true;
    }

    private static String titles(Set<AccessAction> actions) {
        return String.join(", ", actions.stream().sorted().map(AccessAction::title).toList());
    }

    /** The highest level the grant gives on any camera. */
    public AccessLevel level() {
        return cameras.values().stream().max(Enum::compareTo).orElseThrow();
    }

    /** The same grant as stored at {@code stored}; used by repository adapters only. */
    public Grant withVersion(Version stored) {
        return new Grant(id, request, requester, cameras, footage, actions, grantedBy, approverLevel, validity, unmaskedExportAllowed, stored);
    }
}
