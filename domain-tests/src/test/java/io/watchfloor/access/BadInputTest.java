package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.HandOverCopy;
import io.watchfloor.access.port.in.RequestAccess;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bad input to the access use cases is refused by field or by rule, and nothing is stored")
class BadInputTest {

    private final AccessFixtures centre = new AccessFixtures();

    private static List<String> fields(InvalidCommand refusal) {
        return refusal.errors().stream().map(InvalidCommand.FieldError::field).distinct().toList();
    }

    @Test
    @DisplayName("a request with an end before its start, no credential for police, no cameras and no purpose names each field")
    void badRequest() {
        var before = centre.snapshot();
        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.file(new RequestAccess.Command(
                RequesterClass.LAW_ENFORCEMENT, "Officer Zhang", "Huangpu PSB", " ", null, "", Set.of(),
                AccessFixtures.LAST_NIGHT.end(), AccessFixtures.LAST_NIGHT.start(), Set.of(AccessAction.VIEW), Gravity.ORDINARY, null,
                centre.operatorId())));

        assertEquals(List.of("cameras", "credentialNumber", "footageEnd", "purpose"), fields(refusal));
        assertEquals(before, centre.snapshot());
    }

    @Test
    @DisplayName("a staff request without the staff member, and a request missing its class, name the fields")
    void missingValues() {
        InvalidCommand staff = assertThrows(InvalidCommand.class, () -> centre.file(new RequestAccess.Command(RequesterClass.STAFF, "Li Na",
                "Monitoring Centre", null, null, "review", Set.of(centre.street), AccessFixtures.LAST_NIGHT.start(),
                AccessFixtures.LAST_NIGHT.end(), Set.of(AccessAction.VIEW), Gravity.ORDINARY, null, centre.operatorId())));
        InvalidCommand nulls = assertThrows(InvalidCommand.class, () -> centre.file(new RequestAccess.Command(null, null, null, null, null,
                null, null, null, null, null, null, null, null)));

        assertEquals(List.of("staffMember"), fields(staff));
        assertEquals(List.of("actions", "cameras", "footageEnd", "footageStart", "gravity", "purpose", "registeredBy", "requesterClass",
                "requesterName", "requesterUnit"), fields(nulls));
        assertThrows(InvalidCommand.class, () -> centre.file(null));
    }

    @Test
    @DisplayName("unknown cameras, people, requests, grants and exports are not found, and nothing is stored")
    void unknownIds() {
        var before = centre.snapshot();
        assertThrows(NotFound.class, () -> centre.file(centre.policeRequest(Set.of(CameraId.newId()), Set.of(AccessAction.VIEW))));
        assertThrows(NotFound.class, () -> centre.module.decideAccess().approve(new DecideAccess.Approve(
                io.watchfloor.access.AccessRequestId.newId(), centre.shiftLeader.id(), "ok", null, null, false)));
        assertThrows(NotFound.class, () -> centre.module.useFootage().use(new UseFootage.Command(GrantId.newId(), centre.operatorId(),
                centre.street, AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW)));
        assertThrows(NotFound.class, () -> centre.module.handOverCopy().handOver(new HandOverCopy.Command(ExportId.newId(),
                centre.operatorId(), "A", "B", "DVD")));
        assertThrows(NotFound.class, () -> centre.module.viewLive().view(new ViewLive.Command(PersonId.newId(), centre.street)));
        assertEquals(before, centre.snapshot());
    }

    @Test
    @DisplayName("an approval with a negative duration, a use asking to export, an export ending before it starts name the field")
    void badDurationsAndActions() {
        AccessRequest filed = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW)));
        var before = centre.snapshot();

        InvalidCommand negative = assertThrows(InvalidCommand.class, () -> centre.module.decideAccess().approve(new DecideAccess.Approve(
                filed.id(), centre.shiftLeader.id(), "ok", null, Duration.ofHours(-1), false)));
        InvalidCommand exportAsUse = assertThrows(InvalidCommand.class, () -> centre.module.useFootage().use(new UseFootage.Command(
                GrantId.newId(), centre.operatorId(), centre.street, AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(),
                AccessAction.EXPORT)));
        InvalidCommand backwards = assertThrows(InvalidCommand.class, () -> centre.module.exportFootage().export(new ExportFootage.Command(
                GrantId.newId(), centre.operatorId(), Set.of(centre.street), AccessFixtures.LAST_NIGHT.end(), AccessFixtures.LAST_NIGHT.start(), false)));

        assertEquals(List.of("validFor"), fields(negative));
        assertEquals(List.of("action"), fields(exportAsUse));
        assertEquals(List.of("footageEnd"), fields(backwards));
        assertEquals(before, centre.snapshot());
    }
}
