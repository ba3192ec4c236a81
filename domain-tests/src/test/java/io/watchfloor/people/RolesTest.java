package io.watchfloor.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.port.in.ChangeRoles;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("PEOPLE-01")
@DisplayName("PEOPLE-01: roles")
class RolesTest {

    private final PeopleFixtures centre = new PeopleFixtures();

    @Test
    @DisplayName("a person may hold several roles, and gains and loses them")
    void severalRoles() {
        Person wang = centre.module.registerPerson().register(new RegisterPerson.Command("Wang Fang", Set.of(Role.OPERATOR, Role.SHIFT_LEADER), null));

        Person more = centre.module.changeRoles().grant(new ChangeRoles.Command(wang.id(), Role.ACCEPTOR));
        Person fewer = centre.module.changeRoles().revoke(new ChangeRoles.Command(wang.id(), Role.OPERATOR));

        assertEquals(Set.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.ACCEPTOR), more.roles());
        assertEquals(Set.of(Role.SHIFT_LEADER, Role.ACCEPTOR), fewer.roles());
        assertEquals(3, centre.events.all().size());
    }

    @Test
    @DisplayName("an action that needs a role the person lacks is refused naming PEOPLE-01, the role and what they hold")
    void missingRoleIsRefused() {
        Person li = Person.newPerson("Li Na", Set.of(Role.OPERATOR), null);

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> li.requireRole(Role.DISPATCHER, "dispatch a case"));

        assertEquals("PEOPLE-01", refusal.ruleId());
        assertEquals("PEOPLE-01: Li Na may not dispatch a case: that needs the role dispatcher, and they hold operator", refusal.getMessage());
        li.requireAnyRole(Set.of(Role.OPERATOR, Role.SHIFT_LEADER), "view live footage");
    }

    @Test
    @DisplayName("every role of the catalogue exists, with its Chinese name")
    void catalogueRoles() {
        assertEquals(List.of("中心负责人", "分管领导", "总经理", "值班长", "监控员", "受理员", "派遣员", "监督员", "技术维护人员", "安全部门", "责任部门人员"),
                java.util.Arrays.stream(Role.values()).map(Role::chinese).toList());
    }

    @Test
    @DisplayName("registering without a name or roles is refused field by field, and nothing is stored")
    void badRegistration() {
        InvalidCommand refusal = assertThrows(InvalidCommand.class,
                () -> centre.module.registerPerson().register(new RegisterPerson.Command(" ", Set.of(), null)));

        assertEquals(List.of("name", "roles"), refusal.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertEquals("RegisterPerson.Command", refusal.command());
        assertTrue(refusal.getMessage().startsWith("RegisterPerson.Command refused: name: "), refusal.getMessage());
        assertTrue(centre.people.list(io.watchfloor.shared.PageRequest.first(10)).items().isEmpty());
        assertTrue(centre.events.all().isEmpty());
    }

    @Test
    @DisplayName("registering into an unknown department is refused and nothing is stored")
    void unknownDepartment() {
        assertThrows(NotFound.class, () -> centre.module.registerPerson()
                .register(new RegisterPerson.Command("Zhao Lei", Set.of(Role.DEPARTMENT_STAFF), DepartmentId.newId())));

        assertEquals(0, centre.people.list(io.watchfloor.shared.PageRequest.first(10)).total());
    }

    @Test
    @DisplayName("revoking the last role is refused: a person keeps at least one role")
    void keepsOneRole() {
        Person li = centre.module.registerPerson().register(new RegisterPerson.Command("Li Na", Set.of(Role.OPERATOR), null));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> centre.module.changeRoles().revoke(new ChangeRoles.Command(li.id(), Role.OPERATOR)));
        assertEquals("PEOPLE-01", refused.ruleId());
        assertThrows(RuleViolation.class, () -> centre.module.changeRoles().revoke(new ChangeRoles.Command(li.id(), Role.DISPATCHER)));

        assertEquals(Set.of(Role.OPERATOR), centre.people.get(li.id()).roles());
    }
}
