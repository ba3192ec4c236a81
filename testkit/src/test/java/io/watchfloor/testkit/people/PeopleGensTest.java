package io.watchfloor.testkit.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.Role;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("People generators give valid persons, certificates and departments")
class PeopleGensTest {

    @Test
    @DisplayName("persons have one to four roles, a name, up to four certificates, and sometimes no department")
    void persons() {
        Set<Role> seen = EnumSet.noneOf(Role.class);
        Property.forAll(PeopleGens.persons()).tries(500)
                .requireShare("has no department", 0.1)
                .requireShare("certified for a role they hold", 0.3)
                .check(person -> {
                    assertTrue(person.roles().size() >= 1 && person.roles().size() <= 4, person.roles().toString());
                    assertFalse(person.name().isBlank());
                    assertTrue(person.certifications().size() <= 4);
                    seen.addAll(person.roles());
                    Property.classify(person.departmentId().isEmpty(), "has no department");
                    Property.classify(person.certifications().stream().anyMatch(c -> person.hasRole(c.post())),
                            "certified for a role they hold");
                });
        assertTrue(seen.containsAll(EnumSet.allOf(Role.class)), "every role comes up: " + seen);
    }

    @Test
    @DisplayName("persons built from given role sets hold exactly those roles")
    void personsWithGivenRoles() {
        Property.forAll(PeopleGens.persons(Gens.constant(Set.of(Role.SHIFT_LEADER, Role.OPERATOR)))).tries(100)
                .checkThat(person -> person.roles().equals(Set.of(Role.SHIFT_LEADER, Role.OPERATOR)));
    }

    @Test
    @DisplayName("certificates are for the requested posts and valid for a day to five years")
    void certifications() {
        Set<Role> posts = Set.of(Role.OPERATOR, Role.TECHNICIAN);
        Property.forAll(PeopleGens.certifications(posts)).tries(500).check(certificate -> {
            assertTrue(posts.contains(certificate.post()));
            Duration validity = Duration.between(certificate.validFrom(), certificate.validUntil());
            assertTrue(validity.compareTo(Duration.ofDays(1)) >= 0 && validity.compareTo(Duration.ofDays(5 * 366)) <= 0);
            assertTrue(certificate.number().matches("CERT-20[23]\\d-\\d{4}"), certificate.number());
        });
    }

    @Test
    @DisplayName("departments come in every kind, some round the clock")
    void departments() {
        Set<DepartmentKind> kinds = new HashSet<>();
        Property.forAll(PeopleGens.departments()).tries(300)
                .requireShare("round the clock", 0.1)
                .check(department -> {
                    kinds.add(department.kind());
                    assertFalse(department.name().isBlank());
                    Property.classify(department.calendar().isAlwaysOpen(), "round the clock");
                });
        assertTrue(kinds.containsAll(EnumSet.allOf(DepartmentKind.class)));
    }
}
