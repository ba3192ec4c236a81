package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.HandOverCopy;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.RuleViolation;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Exporting footage: manifests, copies and masking")
class ExportingFootageTest {

    private final AccessFixtures centre = new AccessFixtures();

    private Export export(Grant grant, Set<CameraId> cameras, boolean forPublication) {
        return centre.module.exportFootage().export(new ExportFootage.Command(grant.id(), centre.operatorId(), cameras,
                AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), forPublication));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @Tag("ACCESS-05")
    @DisplayName("ACCESS-05: the manifest holds the SHA-256 of every file handed out, the requester's identity and the grant")
    void manifest() throws Exception {
        Grant grant = centre.policeGrant(Set.of(centre.street, centre.square), Set.of(AccessAction.EXPORT), false);

        Export export = export(grant, Set.of(centre.street, centre.square), false);

        List<FootageFile> expected = new java.util.ArrayList<>(centre.archive.files(centre.street, AccessFixtures.LAST_NIGHT));
        expected.addAll(centre.archive.files(centre.square, AccessFixtures.LAST_NIGHT));
        assertEquals(expected.size(), export.files().size());
        for (FootageFile file : expected) {
            Export.ManifestFile listed = export.files().stream().filter(f -> f.name().equals(file.name())).findFirst().orElseThrow();
            assertEquals(sha256(file.content()), listed.sha256());
            assertEquals(file.size(), listed.size());
            assertTrue(export.manifest().contains("sha256 " + sha256(file.content()) + "  " + file.name()));
        }
        assertEquals(grant.id(), export.grant());
        assertEquals(grant.requester(), export.requester());
        assertTrue(export.manifest().contains("Officer Zhang Wei (Huangpu Public Security Sub-bureau, credential SH-310101-4471)"));
        assertTrue(export.manifest().contains("grant: " + grant.id()));
        assertEquals(export, centre.exports.get(export.id()));
    }

    @Test
    @Tag("ACCESS-05")
    @DisplayName("ACCESS-05: a copy handed outside is recorded on the export and in the log; without the copy action it is refused")
    void copies() {
        Grant withCopy = centre.policeGrant(centre.street, AccessAction.EXPORT, AccessAction.COPY);
        Export export = export(withCopy, Set.of(centre.street), false);

        Export handed = centre.module.handOverCopy().handOver(new HandOverCopy.Command(export.id(), centre.operatorId(), "Officer Zhang Wei",
                "Huangpu Public Security Sub-bureau", "encrypted USB drive"));

        assertEquals(1, handed.handovers().size());
        assertEquals("encrypted USB drive", centre.exports.get(export.id()).handovers().get(0).medium());
        AccessLogEntry last = centre.log.head().orElseThrow();
        assertEquals(LogKind.COPY, last.record().kind());
        assertTrue(last.record().detail().contains("Huangpu Public Security Sub-bureau"));

        Grant exportOnly = centre.policeGrant(centre.street, AccessAction.EXPORT);
        Export second = export(exportOnly, Set.of(centre.street), false);
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.handOverCopy().handOver(new HandOverCopy.Command(
                second.id(), centre.operatorId(), "Someone", "Some unit", "DVD")));
        assertEquals("ACCESS-03", refusal.ruleId());
        assertTrue(centre.exports.get(second.id()).handovers().isEmpty());
    }

    @Test
    @Tag("ACCESS-06")
    @DisplayName("ACCESS-06: a privacy-flagged camera is exported with faces and plates masked; an ordinary camera is not masked")
    void privacyFlagged() throws Exception {
        Grant grant = centre.policeGrant(Set.of(centre.clinic, centre.street), Set.of(AccessAction.EXPORT), false);

        Export export = export(grant, Set.of(centre.clinic, centre.street), false);

        for (Export.ManifestFile f : export.files()) {
            boolean clinic = f.camera().equals(centre.clinic);
            assertEquals(clinic ? Set.of(MaskTarget.FACES, MaskTarget.NUMBER_PLATES) : Set.of(), f.masked());
            FootageFile original = centre.archive.files(f.camera(), AccessFixtures.LAST_NIGHT).stream()
                    .filter(o -> o.name().equals(f.name())).findFirst().orElseThrow();
            String expected = sha256(clinic ? centre.masker.mask(original, f.masked()).content() : original.content());
            assertEquals(expected, f.sha256(), "the manifest hashes the file as handed out");
        }
        assertTrue(centre.masker.maskings().stream().allMatch(m -> m.file().startsWith(centre.clinic.toString())));
    }

    @Test
    @Tag("ACCESS-06")
    @DisplayName("ACCESS-06: when the approver allows it, a privacy-flagged camera is exported unmasked")
    void approverAllowsUnmasked() {
        Grant grant = centre.policeGrant(Set.of(centre.clinic), Set.of(AccessAction.EXPORT), true);

        Export export = export(grant, Set.of(centre.clinic), false);

        assertTrue(export.files().stream().allMatch(f -> f.masked().isEmpty()));
        assertTrue(centre.masker.maskings().isEmpty());
    }

    @Test
    @Tag("ACCESS-11")
    @DisplayName("ACCESS-11: footage for publication has faces and plates masked, even where the approver allowed unmasked export")
    void publication() {
        Grant grant = centre.policeGrant(Set.of(centre.clinic, centre.street), Set.of(AccessAction.EXPORT), true);

        Export export = export(grant, Set.of(centre.clinic, centre.street), true);

        assertTrue(export.forPublication());
        assertTrue(export.files().stream().allMatch(f -> f.masked().equals(Set.of(MaskTarget.FACES, MaskTarget.NUMBER_PLATES))));
        assertEquals(export.files().size(), centre.masker.maskings().size());
        assertTrue(centre.log.head().orElseThrow().record().detail().contains("for publication"));
    }

    @Test
    @Tag("ACCESS-05")
    @DisplayName("an export of footage nobody recorded is refused and leaves nothing stored, not even its access record")
    void nothingRecorded() {
        CameraId silent = CameraId.newId();
        centre.cameras.put(new CameraProfile(silent, "Broken camera", io.watchfloor.shared.AccessLevel.BASIC, io.watchfloor.shared.AccessLevel.BASIC, false));
        Grant grant = centre.policeGrant(silent, AccessAction.EXPORT);
        var before = centre.snapshot();

        assertThrows(io.watchfloor.shared.NotFound.class, () -> export(grant, Set.of(silent), false));

        assertEquals(before, centre.snapshot());
    }
}
