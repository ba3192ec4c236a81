package io.watchfloor.testkit.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.AccessChain;
import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.ChainHash;
import io.watchfloor.access.port.out.AccessLog;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccessLog} adapter must do (ACCESS-04): append only the entry that extends the
 * head, give entries back exactly as appended and in order, page through them.
 */
@Tag("ACCESS-04")
public abstract class AccessLogContract {

    /** {@return a new, empty log; called once per test} */
    protected abstract AccessLog newAccessLog();

    @Test
    @DisplayName("entries come back exactly as appended, in order, and the chain still verifies")
    void appendsAndReadsBack() {
        AccessLog log = newAccessLog();
        List<AccessLogEntry> chain = AccessSamples.aChain(5, AccessSamples.MONDAY_8AM);

        chain.forEach(log::append);

        assertEquals(5, log.size());
        assertEquals(chain.get(4), log.head().orElseThrow());
        assertEquals(chain, log.read(1, 10));
        assertEquals(chain.subList(1, 3), log.read(2, 2));
        assertTrue(AccessChain.verify(log.entries()).isIntact());
    }

    @Test
    @DisplayName("an empty log has no head and reads nothing")
    void empty() {
        AccessLog log = newAccessLog();

        assertEquals(0, log.size());
        assertTrue(log.head().isEmpty());
        assertTrue(log.read(1, 10).isEmpty());
        assertEquals(new io.watchfloor.access.Verification.Intact(0, ChainHash.GENESIS), AccessChain.verify(log.entries()));
    }

    @Test
    @DisplayName("an entry that does not extend the head (wrong sequence or previous hash) is refused and changes nothing")
    void refusesEntriesThatDoNotExtendTheHead() {
        AccessLog log = newAccessLog();
        List<AccessLogEntry> chain = AccessSamples.aChain(3, AccessSamples.MONDAY_8AM);
        log.append(chain.get(0));

        assertThrows(ConcurrentModification.class, () -> log.append(chain.get(2)));
        assertThrows(ConcurrentModification.class, () -> log.append(chain.get(0)));
        AccessLogEntry forked = AccessLogEntry.seal(2, AccessSamples.aView(CameraId.newId(), AccessSamples.MONDAY_8AM, "x"), ChainHash.GENESIS);
        assertThrows(ConcurrentModification.class, () -> log.append(forked));

        assertEquals(List.of(chain.get(0)), log.read(1, 10));
    }

    @Test
    @DisplayName("thousands of entries are read back page by page, in order")
    void pages() {
        AccessLog log = newAccessLog();
        List<AccessLogEntry> chain = AccessSamples.aChain(2_345, AccessSamples.MONDAY_8AM);
        chain.forEach(log::append);

        List<AccessLogEntry> read = new ArrayList<>();
        log.entries().forEach(read::add);

        assertEquals(chain, read);
        assertEquals(chain.get(2_344), log.read(2_345, 1_000).get(0));
    }
}
