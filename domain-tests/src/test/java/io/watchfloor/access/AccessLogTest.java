package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.access.AccessSamples;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-04")
@DisplayName("ACCESS-04: every use is logged in a tamper-evident, verifiable log")
class AccessLogTest {

    private final AccessFixtures centre = new AccessFixtures();

    private void views(int n) {
        Grant grant = centre.policeGrant(centre.street, AccessAction.VIEW);
        for (int i = 0; i < n; i++) {
            centre.clock.advance(Duration.ofMinutes(3));
            TimeRange minute = TimeRange.starting(AccessFixtures.LAST_NIGHT.start().plus(Duration.ofMinutes(i)), Duration.ofMinutes(1));
            centre.module.useFootage().use(new UseFootage.Command(grant.id(), centre.operatorId(), centre.street, minute.start(), minute.end(),
                    AccessAction.VIEW));
        }
    }

    @Test
    @DisplayName("a view is logged with who, when, what and under which grant, and the log verifies")
    void logsWhoWhenWhatGrant() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.VIEW);
        centre.clock.advance(Duration.ofMinutes(7));

        AccessLogEntry entry = centre.module.useFootage().use(new UseFootage.Command(grant.id(), centre.operatorId(), centre.street,
                AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW));

        assertEquals(centre.operatorId(), entry.record().actor());
        assertEquals(centre.clock.instant(), entry.record().at());
        assertEquals(List.of(centre.street), entry.record().cameras());
        assertEquals(grant.id(), entry.record().grant());
        assertEquals(1, entry.sequence());
        assertEquals(ChainHash.GENESIS, entry.previousHash());
        assertEquals(new Verification.Unanchored(1, entry.hash()), centre.module.verifyAccessLog().verify(), "not intact before a signature");
        centre.module.verifyAccessLog().signCheckpoint();
        assertEquals(new Verification.Intact(1, entry.hash(), 1), centre.module.verifyAccessLog().verify());
    }

    @Test
    @DisplayName("each entry's hash is SHA-256 over the previous hash and the entry's canonical encoding")
    void hashIsSha256OfPreviousAndContent() throws Exception {
        views(2);
        AccessLogEntry second = centre.log.read(2, 1).get(0);

        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(centre.log.read(1, 1).get(0).hash().bytes());
        sha.update(second.content());

        assertArrayEquals(sha.digest(), second.hash().bytes());
        assertEquals(second, AccessLogEntry.fromStored(second.stored()));
    }

    @Test
    @DisplayName("an entry changed in storage breaks the chain at that entry")
    void changedEntry() {
        views(5);
        centre.log.tamper(entries -> {
            AccessLogEntry third = entries.get(2);
            LogRecord r = third.record();
            entries.set(2, new AccessLogEntry(third.sequence(), new LogRecord(r.at(), r.kind(), r.actor(), "Someone Else", r.requester(),
                    r.grant(), r.cameras(), r.footage(), r.detail()), third.previousHash(), third.hash()));
            return entries;
        });

        Verification result = centre.module.verifyAccessLog().verify();

        assertEquals(3, assertInstanceOf(Verification.Broken.class, result).position());
    }

    @Test
    @DisplayName("a deleted, an inserted or a moved entry is found at its position")
    void deletedInsertedMoved() {
        List<AccessLogEntry> chain = AccessSamples.aChain(6, AccessFixtures.NOW);
        List<AccessLogEntry> deleted = new ArrayList<>(chain);
        deleted.remove(2);
        List<AccessLogEntry> inserted = new ArrayList<>(chain);
        inserted.add(4, AccessLogEntry.seal(5, AccessSamples.aView(centre.street, AccessFixtures.NOW, "forged"), chain.get(3).hash()));
        List<AccessLogEntry> moved = new ArrayList<>(chain);
        Collections.swap(moved, 1, 4);

        assertEquals(new Verification.Intact(6, chain.get(5).hash()), AccessChain.verify(chain));
        assertEquals(3, ((Verification.Broken) AccessChain.verify(deleted)).position());
        assertEquals(6, ((Verification.Broken) AccessChain.verify(inserted)).position(), "the forged entry links, the one after it does not");
        assertEquals(2, ((Verification.Broken) AccessChain.verify(moved)).position());
    }

    @Test
    @DisplayName("entries cut off the end are detected against an exported checkpoint, which survives being written down")
    void truncationAgainstCheckpoint() {
        views(4);
        String exported = centre.module.verifyAccessLog().checkpoint().export();
        Checkpoint kept = Checkpoint.parse(exported);
        views(2);
        assertInstanceOf(Verification.Unanchored.class, centre.module.verifyAccessLog().verify(kept),
                "a longer log still holds what the checkpoint saw, though nothing signed anchors it");

        centre.log.tamper(entries -> new ArrayList<>(entries.subList(0, 3)));

        assertInstanceOf(Verification.Unanchored.class, centre.module.verifyAccessLog().verify(), "the chain alone cannot see a cut end");
        assertEquals(new Verification.Truncated(kept.size(), 3), centre.module.verifyAccessLog().verify(kept));
    }

    @Test
    @DisplayName("a log rewritten from the start with a new chain is caught by the checkpoint's head hash")
    void rewrittenLog() {
        List<AccessLogEntry> chain = AccessSamples.aChain(4, AccessFixtures.NOW);
        Checkpoint kept = new Checkpoint(4, chain.get(3).hash(), AccessFixtures.NOW);
        List<AccessLogEntry> rewritten = AccessSamples.aChain(5, AccessFixtures.NOW);

        assertTrue(AccessChain.verify(rewritten).isIntact());
        assertEquals(4, ((Verification.Broken) AccessChain.verify(rewritten, kept)).position());
    }

    @Test
    @DisplayName("in the stored byte form, a changed byte anywhere in an entry is found at that entry")
    void storedBytes() {
        List<byte[]> stored = new ArrayList<>(AccessSamples.aChain(3, AccessFixtures.NOW).stream().map(AccessLogEntry::stored).toList());
        assertTrue(AccessChain.verifyStored(stored).isIntact());
        for (int i = 0; i < stored.get(1).length; i++) {
            byte[] copy = stored.get(1).clone();
            copy[i] ^= 0x01;
            List<byte[]> tampered = new ArrayList<>(stored);
            tampered.set(1, copy);
            assertEquals(2, ((Verification.Broken) AccessChain.verifyStored(tampered)).position(), "byte " + i);
        }
    }

    @Test
    @DisplayName("a checkpoint line that is not one is refused, naming what it got")
    void badCheckpoint() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("size=3"));
        assertTrue(refused.getMessage().contains("size=3"));
        assertThrows(IllegalArgumentException.class, () -> AccessLogEntry.fromStored("garbage".getBytes(StandardCharsets.US_ASCII)));
    }
}
