package io.watchfloor.recordings;

import io.watchfloor.people.Role;
import java.util.Set;

/** Who may do what with footage and its retention (PEOPLE-01 roles; "authority" of RET-04 and RET-09). */
public final class RetentionAuthority {

    /** Who may place, and extend, a hold: the shift leader on duty, the centre head, the security officer. */
    public static final Set<Role> PLACE_HOLD = Set.of(Role.SHIFT_LEADER, Role.CENTRE_HEAD, Role.SECURITY_OFFICER);
    /** Who may release a hold or shorten a governance lock (RET-04, RET-09). */
    public static final Set<Role> RELEASE_HOLD = Set.of(Role.CENTRE_HEAD, Role.SECURITY_OFFICER);
    /** Who may order a manual deletion or carry out an erasure request. */
    public static final Set<Role> DESTROY = Set.of(Role.CENTRE_HEAD, Role.SECURITY_OFFICER);
    /** Who may adopt a retention policy. */
    public static final Set<Role> ADOPT_POLICY = Set.of(Role.CENTRE_HEAD);
    /** Who may make and register a backup copy (RET-05). */
    public static final Set<Role> REGISTER_BACKUP = Set.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.TECHNICIAN,
            Role.SECURITY_OFFICER, Role.CENTRE_HEAD);

    private RetentionAuthority() {
    }
}
