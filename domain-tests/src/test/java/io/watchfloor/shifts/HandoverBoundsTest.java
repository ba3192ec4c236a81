package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shifts.port.in.SignHandover;
import io.watchfloor.shifts.port.in.WriteDutyLog;
import io.watchfloor.shifts.port.in.WriteHandover;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Handover and duty-log text is bounded: a huge line or list is refused naming its field, and nothing is stored")
class HandoverBoundsTest {

    private final DutyFixtures week = new DutyFixtures();
    private static final String MILLION = "x".repeat(1_000_000);

    private InvalidCommand refusedHandover(List<String> instructions, List<String> faultyDevices, List<String> equipment, List<CaseId> cases) {
        week.centre.clock.set(week.at("15:50"));
        return assertThrows(InvalidCommand.class, () -> week.centre.shifts.writeHandover().write(new WriteHandover.Command(
                week.dayOperator, week.eveningOperator, "quiet", cases, List.of(), instructions, faultyDevices, equipment)));
    }

    private static String field(InvalidCommand refusal) {
        return refusal.errors().get(0).field();
    }

    @Test
    @Tag("SHIFT-04")
    @DisplayName("a 1,000,000-character handover line, or ten thousand lines, is refused naming the list")
    void hugeHandoverLines() {
        week.checkInAt(week.dayOperator, "07:45");
        week.checkInAt(week.eveningOperator, "15:45");

        InvalidCommand line = refusedHandover(List.of(MILLION), List.of(), List.of(), List.of());
        InvalidCommand device = refusedHandover(List.of(), List.of("camera 12 " + MILLION), List.of(), List.of());
        InvalidCommand many = refusedHandover(List.of(), List.of(), Collections.nCopies(10_000, "radio"), List.of());
        InvalidCommand cases = refusedHandover(List.of(), List.of(), List.of(), Stream.generate(CaseId::newId).limit(10_000).toList());

        assertTrue(field(line).startsWith("instructions"), field(line));
        assertTrue(field(device).startsWith("faultyDevices"), field(device));
        assertEquals("equipment", field(many));
        assertEquals("openCases", field(cases));
        assertTrue(week.centre.stores.handovers().at(week.fourPm).isEmpty(), "nothing was stored");
    }

    @Test
    @Tag("SHIFT-04")
    @DisplayName("a 1,000,000-character discrepancy is refused naming the field; the handover stays unsigned")
    void hugeDiscrepancy() {
        week.checkInAt(week.dayOperator, "07:45");
        week.checkInAt(week.eveningOperator, "15:45");
        Handover written = week.handOverAt(week.dayOperator, week.eveningOperator, "15:50");

        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> week.centre.shifts.signHandover()
                .sign(new SignHandover.Command(written.id(), week.eveningOperator, List.of(MILLION))));

        assertTrue(field(refusal).startsWith("discrepancies"), field(refusal));
        assertTrue(week.centre.stores.handovers().get(written.id()).takenOverAt().isEmpty());
    }

    @Test
    @Tag("SHIFT-07")
    @DisplayName("a 1,000,000-character duty-log entry or correction is refused naming the text; nothing is appended")
    void hugeDutyLogText() {
        week.checkInAt(week.dayOperator, "07:45");
        week.centre.clock.set(week.at("08:05"));
        DutyLogEntry first = week.centre.shifts.writeDutyLog().write(new WriteDutyLog.Entry(week.dayOperator, "took over"));

        InvalidCommand entry = assertThrows(InvalidCommand.class, () -> week.centre.shifts.writeDutyLog()
                .write(new WriteDutyLog.Entry(week.dayOperator, MILLION)));
        InvalidCommand correction = assertThrows(InvalidCommand.class, () -> week.centre.shifts.writeDutyLog()
                .correct(new WriteDutyLog.Correction(week.dayOperator, first.id(), MILLION)));

        assertEquals(List.of("text", "text"), List.of(field(entry), field(correction)));
        assertEquals(1, week.centre.stores.log().size());
    }
}
