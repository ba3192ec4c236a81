package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.port.out.EvidenceReferences;
import io.watchfloor.shared.CameraId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EvidenceReferences} must answer (RET-06), for the cases context's bridge and any
 * deployment's own: the footage each open case or investigation refers to, and nothing of one closed.
 */
@Tag("RET-06")
public abstract class EvidenceReferencesContract {

    /** What a contract test drives: opening and closing what refers to footage, and the references as answered. */
    protected interface Subject {

        /** Opens a case or investigation that refers to {@code camera}'s footage at {@code moment}; returns its reference as answered. */
        EvidenceReference openAbout(CameraId camera, Instant moment);

        /** Closes what {@code reference} came from. */
        void close(EvidenceReference reference);

        /** The references under test. */
        EvidenceReferences references();
    }

    /** A fresh subject with nothing open. */
    protected abstract Subject subject();

    private static final Instant NINE_AM = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    @DisplayName("nothing open refers to any footage")
    void nothingOpen() {
        assertEquals(List.of(), subject().references().open());
    }

    @Test
    @DisplayName("each open reference names its camera and covers the moment it is about")
    void openReferences() {
        Subject subject = subject();
        CameraId gate = CameraId.newId();
        CameraId square = CameraId.newId();

        EvidenceReference first = subject.openAbout(gate, NINE_AM);
        EvidenceReference second = subject.openAbout(square, NINE_AM.plusSeconds(3600));

        assertEquals(Set.of(first, second), Set.copyOf(subject.references().open()));
        assertEquals(gate, first.camera());
        assertTrue(first.range().contains(NINE_AM));
        assertTrue(second.range().contains(NINE_AM.plusSeconds(3600)));
    }

    @Test
    @DisplayName("closing one leaves the others open")
    void closing() {
        Subject subject = subject();
        EvidenceReference closed = subject.openAbout(CameraId.newId(), NINE_AM);
        EvidenceReference stillOpen = subject.openAbout(CameraId.newId(), NINE_AM);

        subject.close(closed);

        assertEquals(List.of(stillOpen), subject.references().open());
        assertEquals(Set.of(stillOpen.camera()), subject.references().open().stream().map(EvidenceReference::camera).collect(Collectors.toSet()));
    }
}
