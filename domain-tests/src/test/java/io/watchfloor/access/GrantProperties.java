package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.access.AccessGens;
import io.watchfloor.testkit.access.AccessSamples;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Properties of grants")
class GrantProperties {

    /** One attempted use of footage. */
    record Use(CameraId camera, TimeRange footage, AccessAction action, AccessLevel levelNow, Instant at) {
    }

    record Case(Grant grant, Use use) {
    }

    /** Half the uses aim inside the grant (each part may still miss), half are drawn near it. */
    private static final Gen<Case> GRANT_AND_USE = AccessGens.grants().flatMap(grant -> source -> {
        if (source.draw(Gens.booleans())) {
            CameraId camera = source.draw(Gens.oneOf(grant.cameras().keySet()));
            Instant start = source.draw(Gens.instants(grant.footage().start(), grant.footage().end().minusSeconds(1)));
            TimeRange inside = new TimeRange(start, source.draw(Gens.instants(start.plusSeconds(1), grant.footage().end())));
            AccessLevel granted = grant.cameras().get(camera);
            return new Case(grant, new Use(camera, inside, source.draw(Gens.oneOf(grant.actions())),
                    AccessLevel.values()[source.draw(Gens.integers(0, Math.min(granted.ordinal() + 1, 2)))],
                    source.draw(Gens.instants(grant.validity().start(), grant.validity().end().plusSeconds(60)))));
        }
        return new Case(grant, new Use(
                source.draw(AccessGens.cameras()),
                source.draw(AccessGens.rangesNear(grant.footage())),
                source.draw(Gens.enums(AccessAction.class)),
                source.draw(AccessGens.levels()),
                source.draw(Gens.instants(grant.validity().start().minus(Duration.ofHours(2)), grant.validity().end().plus(Duration.ofHours(2))))));
    });

    @Test
    @Tag("ACCESS-03")
    @DisplayName("no use outside a grant is ever allowed, and every use inside it is")
    void noAccessOutsideAGrant() {
        Property.forAll(GRANT_AND_USE).tries(2_000).requireShare("allowed", 0.1).requireShare("refused", 0.3).check(c -> {
            Grant g = c.grant();
            Use u = c.use();
            AccessLevel granted = g.cameras().get(u.camera());
            boolean inScope = granted != null && g.footage().contains(u.footage()) && g.actions().contains(u.action())
                    && g.validity().contains(u.at());
            boolean expected = inScope && granted.covers(u.levelNow());
            Property.classify(expected, "allowed");
            Property.classify(!expected, "refused");

            assertEquals(expected, g.allows(u.camera(), u.footage(), u.action(), u.levelNow(), u.at()));
            if (!expected) {
                RuleViolation refusal = assertThrows(RuleViolation.class, () -> g.check(u.camera(), u.footage(), u.action(), u.levelNow(), u.at()));
                assertEquals(inScope ? "ACCESS-02" : "ACCESS-03", refusal.ruleId());
            }
        });
    }

    @Test
    @Tag("ACCESS-02")
    @DisplayName("an approval either refuses with ACCESS-02 or grants each camera at exactly its level, within the approver's")
    void aGrantNeverExceedsLevels() {
        Gen<Map<CameraId, AccessLevel>> cameraLevels = Gens.maps(AccessGens.cameras(), AccessGens.levels(), 1, AccessGens.CAMERAS);
        Property.forAll(cameraLevels, AccessGens.levels()).tries(1_000).requireShare("granted", 0.1).check((levels, clearance) -> {
            Person head = Person.newPerson("Sun Jianguo", Set.of(Role.CENTRE_HEAD), null);
            AccessRequest request = AccessRequest.file(AccessSamples.officer(), "case", levels.keySet(), AccessFixtures.LAST_NIGHT,
                    Set.of(AccessAction.VIEW), Gravity.ORDINARY, null, io.watchfloor.people.PersonId.newId(), AccessPolicy.defaults(),
                    AccessFixtures.NOW);
            boolean exceeds = levels.values().stream().anyMatch(l -> !clearance.covers(l));
            Property.classify(!exceeds, "granted");
            if (exceeds) {
                RuleViolation refusal = assertThrows(RuleViolation.class, () -> request.approve(head, null, clearance, levels, "ok", null,
                        Duration.ofHours(1), false, AccessFixtures.NOW));
                assertEquals("ACCESS-02", refusal.ruleId());
            } else {
                Grant grant = request.approve(head, null, clearance, levels, "ok", null, Duration.ofHours(1), false, AccessFixtures.NOW).grant();
                assertEquals(new LinkedHashMap<>(levels), new LinkedHashMap<>(grant.cameras()));
                assertTrue(grant.cameras().values().stream().allMatch(clearance::covers));
                assertEquals(clearance, grant.approverLevel());
            }
        });
    }
}
