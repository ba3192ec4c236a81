package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.people.Person;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Properties of who uses a grant")
class GrantHolderProperties {

    @Test
    @Tag("ACCESS-03")
    @DisplayName("a grant is only ever used by its grantee, or on an outside requester's behalf by an operator on duty, logged as such")
    void onlyTheGranteeOrOnTheirBehalf() {
        var who = Gens.tuples(Gens.integers(-1, 6), Gens.integers(0, 6), Gens.oneOf(AccessAction.VIEW, AccessAction.PLAYBACK, AccessAction.EXPORT));
        // About one try in ten is a use the rule allows (the actor is the grantee, or an operator on duty for an outside
        // requester, while the grant is valid); 5 % is the floor below which the run has not looked at allowed uses enough.
        Property.forAll(who, Gens.integers(0, 20)).tries(500).requireShare("used", 0.05).requireShare("refused by ACCESS-03", 0.3)
                .check((w, hoursLater) -> {
                    AccessFixtures centre = new AccessFixtures();
                    List<Person> staff = List.of(centre.centreHead, centre.deputy, centre.manager, centre.shiftLeader, centre.operator,
                            centre.offDutyOperator, centre.technician);
                    Optional<Person> grantee = w.first() < 0 ? Optional.empty() : Optional.of(staff.get(w.first()));
                    Person actor = staff.get(w.second());
                    AccessAction action = w.third();
                    Grant grant = grantee.map(g -> staffGrant(centre, g, action)).orElseGet(() -> centre.policeGrant(centre.street, action));
                    centre.clock.advance(Duration.ofHours(hoursLater));
                    boolean operates = actor.roles().stream().anyMatch(AccessPolicy.defaults().footageOperatorRoles()::contains);
                    boolean holder = grantee.map(g -> g.id().equals(actor.id()))
                            .orElseGet(() -> centre.duty.isOnDuty(actor.id(), centre.clock.instant()));
                    long before = centre.log.size();

                    Runnable attempt = () -> {
                        if (action == AccessAction.EXPORT) {
                            centre.module.exportFootage().export(new ExportFootage.Command(grant.id(), actor.id(), Set.of(centre.street),
                                    AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), false));
                        } else {
                            centre.module.useFootage().use(new UseFootage.Command(grant.id(), actor.id(), centre.street,
                                    AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), action));
                        }
                    };
                    if (operates && holder) {
                        Property.classify(true, "used");
                        attempt.run();
                    } else {
                        String rule = assertThrows(RuleViolation.class, attempt::run).ruleId();
                        assertEquals(operates ? "ACCESS-03" : "PEOPLE-01", rule);
                        Property.classify("ACCESS-03".equals(rule), "refused by ACCESS-03");
                    }
                    assertEquals(before + 1, centre.log.size(), "the use or the refused attempt is logged");
                    for (AccessLogEntry entry : centre.log.read(1, 1_000)) {
                        LogRecord r = entry.record();
                        if (r.kind() == LogKind.REFUSED || r.grant() == null) {
                            continue;
                        }
                        Grant used = centre.grants.get(r.grant());
                        if (used.requester().staffMemberId().isPresent()) {
                            assertEquals(used.requester().staffMemberId().get(), r.actor(), "a staff grant is used by its grantee only");
                        } else {
                            assertTrue(r.detail().startsWith("acting for " + used.requester().identity()), r.detail());
                            assertTrue(centre.duty.isOnDuty(r.actor(), r.at()), "whoever acts for an outside requester is on duty");
                        }
                    }
                });
    }

    private static Grant staffGrant(AccessFixtures centre, Person staff, AccessAction action) {
        AccessRequest filed = centre.file(centre.staffRequest(staff, Set.of(centre.street), Set.of(action)));
        Person approver = staff.equals(centre.manager) ? centre.centreHead : centre.manager;
        AccessRequest approved = centre.module.decideAccess().approve(new DecideAccess.Approve(filed.id(), approver.id(),
                "review approved", null, null, false));
        return centre.grants.get(approved.decision().grant());
    }
}
