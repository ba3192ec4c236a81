package io.watchfloor.access;

import io.watchfloor.people.Role;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The centre's settings for access to footage, with the catalogue's defaults ({@link #defaults()}):
 * who approves a request of each requester class (ACCESS-01, ACCESS-08), who approves for a major
 * special event, which classes need a written approval, which are free of charge, how long a grant
 * lasts (ACCESS-03), who may view live footage (ACCESS-09) and who may admit visitors (ACCESS-07).
 *
 * @param approvers for each requester class, the roles any one of which approves (every class must be present)
 * @param majorEventApprovers the roles that approve any request about a major special event
 * @param writtenApprovalRequired the classes whose approval must cite a written approval (书面批准)
 * @param freeOfCharge the classes served free of charge
 * @param grantValidity how long a grant lasts when the approver names no other duration (default 72 h)
 * @param maxGrantValidity the longest a grant may last (default 30 days)
 * @param liveViewRoles the roles that may view live footage while on duty
 * @param visitApproverRoles the roles that may admit a visitor to the control room
 * @param footageOperatorRoles the roles that may operate views, playbacks, exports and copies under a grant
 */
public record AccessPolicy(@NotNull Map<RequesterClass, Set<Role>> approvers, @NotEmpty Set<Role> majorEventApprovers,
                           @NotNull Set<RequesterClass> writtenApprovalRequired, @NotNull Set<RequesterClass> freeOfCharge,
                           @NotNull Duration grantValidity, @NotNull Duration maxGrantValidity,
                           @NotEmpty Set<Role> liveViewRoles, @NotEmpty Set<Role> visitApproverRoles,
                           @NotEmpty Set<Role> footageOperatorRoles) {

    /** Who must approve a request, and whether a written approval must be cited. */
    public record ApproverRule(Set<Role> roles, boolean writtenApproval) {
        public ApproverRule {
            roles = Set.copyOf(roles);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("an approver rule needs at least one role");
            }
        }
    }

    public AccessPolicy {
        Objects.requireNonNull(approvers, "approvers");
        Objects.requireNonNull(grantValidity, "grantValidity");
        Objects.requireNonNull(maxGrantValidity, "maxGrantValidity");
        Map<RequesterClass, Set<Role>> copy = new EnumMap<>(RequesterClass.class);
        for (RequesterClass kind : RequesterClass.values()) {
            Set<Role> roles = approvers.get(kind);
            if (roles == null || roles.isEmpty()) {
                throw new IllegalArgumentException("approvers: the policy must name who approves requests of " + kind.title());
            }
            copy.put(kind, Set.copyOf(roles));
        }
        approvers = Map.copyOf(copy);
        majorEventApprovers = nonEmpty("majorEventApprovers", majorEventApprovers);
        writtenApprovalRequired = Set.copyOf(Objects.requireNonNull(writtenApprovalRequired, "writtenApprovalRequired"));
        freeOfCharge = Set.copyOf(Objects.requireNonNull(freeOfCharge, "freeOfCharge"));
        liveViewRoles = nonEmpty("liveViewRoles", liveViewRoles);
        visitApproverRoles = nonEmpty("visitApproverRoles", visitApproverRoles);
        footageOperatorRoles = nonEmpty("footageOperatorRoles", footageOperatorRoles);
        if (grantValidity.isNegative() || grantValidity.isZero()) {
            throw new IllegalArgumentException("grantValidity must be positive, was " + grantValidity);
        }
        if (grantValidity.compareTo(maxGrantValidity) > 0) {
            throw new IllegalArgumentException("grantValidity " + grantValidity + " must not exceed maxGrantValidity " + maxGrantValidity);
        }
    }

    private static Set<Role> nonEmpty(String field, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(field + " must name at least one role");
        }
        return Set.copyOf(roles);
    }

    /**
     * The catalogue's defaults: staff → head of the centre or department, or a manager (centre head,
     * deputy leader, general manager); law enforcement → the centre (centre head or shift leader),
     * credential recorded, free of charge; another organisation, a private person or a data subject →
     * the deputy leader's written approval; a major special event → the general manager. Grants last
     * 72 h by default and at most 30 days; operators, shift leaders and the centre head view live
     * footage on duty; the centre head, deputy leader and shift leader admit visitors; operators,
     * shift leaders, the centre head and security officers operate footage under a grant.
     */
    public static AccessPolicy defaults() {
        Map<RequesterClass, Set<Role>> approvers = new EnumMap<>(RequesterClass.class);
        approvers.put(RequesterClass.STAFF, EnumSet.of(Role.CENTRE_HEAD, Role.DEPUTY_LEADER, Role.GENERAL_MANAGER));
        approvers.put(RequesterClass.LAW_ENFORCEMENT, EnumSet.of(Role.CENTRE_HEAD, Role.SHIFT_LEADER));
        approvers.put(RequesterClass.OTHER_ORGANISATION, EnumSet.of(Role.DEPUTY_LEADER));
        approvers.put(RequesterClass.PRIVATE_PERSON, EnumSet.of(Role.DEPUTY_LEADER));
        approvers.put(RequesterClass.DATA_SUBJECT, EnumSet.of(Role.DEPUTY_LEADER));
        return new AccessPolicy(approvers, EnumSet.of(Role.GENERAL_MANAGER),
                EnumSet.of(RequesterClass.OTHER_ORGANISATION, RequesterClass.PRIVATE_PERSON, RequesterClass.DATA_SUBJECT),
                EnumSet.of(RequesterClass.LAW_ENFORCEMENT),
                Duration.ofHours(72), Duration.ofDays(30),
                EnumSet.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.CENTRE_HEAD),
                EnumSet.of(Role.CENTRE_HEAD, Role.DEPUTY_LEADER, Role.SHIFT_LEADER),
                EnumSet.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.CENTRE_HEAD, Role.SECURITY_OFFICER));
    }

    /** Who approves a request of {@code kind} about an event of {@code gravity} (ACCESS-01). */
    public ApproverRule approverFor(RequesterClass kind, Gravity gravity) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(gravity, "gravity");
        Set<Role> roles = gravity == Gravity.MAJOR_SPECIAL_EVENT ? majorEventApprovers : approvers.get(kind);
        return new ApproverRule(roles, writtenApprovalRequired.contains(kind));
    }

    /** Whether requests of {@code kind} are served free of charge. */
    public boolean isFreeOfCharge(RequesterClass kind) {
        return freeOfCharge.contains(kind);
    }

    /** The same policy with another approver set for one class. */
    public AccessPolicy withApprovers(RequesterClass kind, Set<Role> roles) {
        Map<RequesterClass, Set<Role>> changed = new EnumMap<>(approvers);
        changed.put(kind, roles);
        return new AccessPolicy(changed, majorEventApprovers, writtenApprovalRequired, freeOfCharge, grantValidity,
                maxGrantValidity, liveViewRoles, visitApproverRoles, footageOperatorRoles);
    }
}
