package io.watchfloor.examples.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.AccessChain;
import io.watchfloor.access.AccessEvent;
import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.Export;
import io.watchfloor.access.FootageFile;
import io.watchfloor.access.LogKind;
import io.watchfloor.access.RequesterClass;
import io.watchfloor.access.Visit;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.testkit.access.InMemoryFootageArchive;
import io.watchfloor.testkit.access.RecordingMasker;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The demo week: access to footage")
class AccessWeekTest {

    private static DemoWeek.Played played;
    private static AccessWeek access;
    private static DutyReport report;
    private static List<AccessLogEntry> log;

    @BeforeAll
    static void play() {
        played = DemoWeek.standard().play();
        access = played.centre().part(AccessWeek.class);
        report = played.report();
        log = new ArrayList<>();
        access.log().entries().forEach(log::add);
    }

    private static long entries(LogKind kind) {
        return log.stream().filter(e -> e.record().kind() == kind).count();
    }

    private static int figure(String key) {
        return report.figure(key).intValue();
    }

    @Test
    @DisplayName("counts the requests filed by class, and where each stands, from the request store")
    void requests() {
        List<AccessRequest> all = access.requests().all();
        assertEquals(all.size(), figure("access.requests.filed"));
        assertEquals(all.stream().filter(r -> r.status() == AccessRequest.Status.APPROVED).count(), figure("access.requests.approved"));
        assertEquals(all.stream().filter(r -> r.status() == AccessRequest.Status.REFUSED).count(), figure("access.requests.refused"));
        assertEquals(all.stream().filter(r -> r.status() == AccessRequest.Status.PENDING).count(), figure("access.requests.pending"));
        for (RequesterClass kind : RequesterClass.values()) {
            assertEquals(all.stream().filter(r -> r.requester().kind() == kind).count(), figure("access.requests." + kind.name().toLowerCase()));
        }
        assertEquals(3, figure("access.requests.law_enforcement"));
        AccessRequest waiting = all.stream().filter(r -> r.status() == AccessRequest.Status.PENDING).findFirst().orElseThrow();
        assertEquals(RequesterClass.PRIVATE_PERSON, waiting.requester().kind());
        assertTrue(waiting.approverRule().writtenApproval());
    }

    @Test
    @DisplayName("counts every kind of access-log entry from the log itself, and the live views from the events")
    void logFigures() {
        assertEquals(log.size(), figure("access.log.entries"));
        assertEquals(entries(LogKind.VIEW), figure("access.log.view"));
        assertEquals(entries(LogKind.PLAYBACK), figure("access.log.playback"));
        assertEquals(entries(LogKind.EXPORT), figure("access.log.export"));
        assertEquals(entries(LogKind.COPY), figure("access.log.copy"));
        assertEquals(entries(LogKind.LIVE_VIEW), figure("access.log.live_view"));
        assertEquals(entries(LogKind.REFUSED), figure("access.log.refused"));
        assertEquals(played.centre().events().ofType(AccessEvent.LiveViewed.class).size(), figure("access.log.live_view"));
        assertEquals(played.centre().events().ofType(AccessEvent.AccessAttemptRefused.class).size(), figure("access.log.refused"));
        assertTrue(figure("access.log.live_view") >= 7 * 24 - 1, "a live check every hour");
    }

    @Test
    @DisplayName("each logged refusal is reported under its rule; approvals refused by rule leave no trace in the stores")
    void refusalsByRule() {
        for (String rule : List.of("ACCESS-02", "ACCESS-03", "ACCESS-09")) {
            long logged = played.centre().events().ofType(AccessEvent.AccessAttemptRefused.class).stream()
                    .filter(e -> e.ruleId().equals(rule)).count();
            long approvalsRefused = rule.equals("ACCESS-02") ? 1 : 0;
            assertEquals(logged + approvalsRefused, figure("access.refusals." + rule), rule);
        }
        assertEquals(1, figure("access.refusals.ACCESS-01"));
        assertTrue(report.render().contains("ACCESS-01: Zhou Min may not approve a request of private person"));
    }

    @Test
    @DisplayName("every manifest hash is the SHA-256 of the file as handed out, masked where the rules say so")
    void exports() throws Exception {
        List<Export> all = access.exports().all();
        assertEquals(all.size(), figure("access.exports"));
        assertEquals(all.stream().mapToLong(e -> e.files().size()).sum(), figure("access.exports.files"));
        assertEquals(all.stream().flatMap(e -> e.files().stream()).filter(f -> !f.masked().isEmpty()).count(), figure("access.exports.maskedFiles"));
        assertEquals(all.stream().mapToInt(e -> e.handovers().size()).sum(), figure("access.exports.copiesHandedOver"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Export export : all) {
            for (Export.ManifestFile f : export.files()) {
                Instant hour = export.footage().start();
                FootageFile original = new FootageFile(f.name(), f.camera(), InMemoryFootageArchive.bytes(f.camera(), hour));
                FootageFile out = f.masked().isEmpty() ? original : new RecordingMasker().mask(original, f.masked());
                assertEquals(HexFormat.of().formatHex(sha.digest(out.content())), f.sha256(), f.name());
                boolean privacy = access.cameras().get(f.camera()).privacyFlagged();
                assertEquals(export.forPublication() || privacy, !f.masked().isEmpty(), f.name());
            }
        }
    }

    @Test
    @DisplayName("counts the visits and who is still signed in from the visit register")
    void visits() {
        List<Visit> all = access.visits().enteredBetween(DemoWeek.START, DemoWeek.START.plus(DemoWeek.LENGTH));
        assertEquals(all.size(), figure("access.visits"));
        assertEquals(all.stream().filter(v -> v.exitAt() == null).count(), figure("access.visits.stillInside"));
        assertFalse(report.render().contains("310101198203154417"), "the report never shows a full ID number");
        assertTrue(access.module().registerVisit().proves(all.get(0).id(), "310101198203154417"));
    }

    @Test
    @DisplayName("the log verifies intact, anchored by the signed midnight checkpoints, and against every one of them")
    void logIntegrity() {
        assertTrue(AccessChain.verify(log).isIntact());
        assertEquals(1, figure("access.log.intact"));
        assertEquals(7, access.checkpoints().size());
        assertEquals(access.checkpoints().stream().filter(c -> AccessChain.verify(log, c.checkpoint()).isIntact()).count(),
                figure("access.log.checkpointsHeld"));
        assertEquals(7, figure("access.log.checkpointsHeld"));
        assertEquals(access.checkpoints().get(6).size(), figure("access.log.anchored"), "anchored up to the last signed checkpoint");
    }
}
