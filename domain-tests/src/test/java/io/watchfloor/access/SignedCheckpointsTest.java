package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.shared.TimeRange;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-04")
@DisplayName("ACCESS-04: signed checkpoints anchor the access log; whoever can write its store cannot re-seal it unseen")
class SignedCheckpointsTest {

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

    /** Someone with write access to the log's store changes entry {@code position}'s actor and re-seals every entry from it on. */
    private void rewriteAndReseal(int position) {
        centre.log.tamper(entries -> {
            List<AccessLogEntry> resealed = new ArrayList<>(entries.subList(0, position - 1));
            ChainHash previous = position == 1 ? ChainHash.GENESIS : resealed.get(position - 2).hash();
            for (AccessLogEntry e : entries.subList(position - 1, entries.size())) {
                LogRecord r = e.record();
                LogRecord record = e.sequence() == position ? new LogRecord(r.at(), r.kind(), r.actor(), "Someone Else", r.requester(), r.grant(),
                        r.cameras(), r.footage(), r.detail()) : r;
                AccessLogEntry sealed = AccessLogEntry.seal(e.sequence(), record, previous);
                resealed.add(sealed);
                previous = sealed.hash();
            }
            return resealed;
        });
    }

    @Test
    @DisplayName("a log without any signed checkpoint is reported unanchored, not intact")
    void unanchoredWithoutASignature() {
        views(3);

        Verification result = centre.module.verifyAccessLog().verify();

        assertEquals(new Verification.Unanchored(3, centre.log.head().orElseThrow().hash()), result);
        assertFalse(result.isIntact());
    }

    @Test
    @DisplayName("an entry rewritten and the whole tail re-sealed passes the chain, but not the signed checkpoint that saw it")
    void resealedTailIsCaught() {
        views(5);
        centre.module.verifyAccessLog().signCheckpoint();
        assertEquals(new Verification.Intact(5, centre.log.head().orElseThrow().hash(), 5), centre.module.verifyAccessLog().verify());

        rewriteAndReseal(3);

        assertTrue(AccessChain.verify(centre.log.entries()).isIntact(), "the re-sealed chain holds on its own");
        Verification result = centre.module.verifyAccessLog().verify();
        Verification.Broken broken = assertInstanceOf(Verification.Broken.class, result);
        assertEquals(5, broken.position());
        assertTrue(broken.reason().contains("the log was rewritten"), broken.reason());
    }

    @Test
    @DisplayName("deleting the signed checkpoints too leaves the log unanchored; a signed checkpoint kept elsewhere still catches the rewrite")
    void deletedCheckpoints() {
        views(4);
        SignedCheckpoint kept = SignedCheckpoint.parse(centre.module.verifyAccessLog().signCheckpoint().export());

        rewriteAndReseal(2);
        centre.checkpoints.tamper(all -> new ArrayList<>());

        assertInstanceOf(Verification.Unanchored.class, centre.module.verifyAccessLog().verify());
        assertEquals(4, assertInstanceOf(Verification.Broken.class, centre.module.verifyAccessLog().verify(kept)).position());
    }

    @Test
    @DisplayName("a checkpoint signed with another key, or altered after signing, is reported as forged")
    void forgedCheckpoints() {
        views(3);
        SignedCheckpoint genuine = centre.module.verifyAccessLog().signCheckpoint();
        rewriteAndReseal(2);
        AccessLogEntry newHead = centre.log.head().orElseThrow();
        Checkpoint claimed = new Checkpoint(newHead.sequence(), newHead.hash(), genuine.checkpoint().takenAt());
        Ed25519Signer intruder = Ed25519Signer.of(Ed25519Signer.newKeyPair());
        SignedCheckpoint forged = new SignedCheckpoint(claimed, Base64.getEncoder().encodeToString(intruder.sign(SignedCheckpoint.message(claimed))));
        SignedCheckpoint altered = new SignedCheckpoint(claimed, genuine.signature());

        centre.checkpoints.tamper(all -> new ArrayList<>(List.of(forged)));
        Verification.Broken withForged = assertInstanceOf(Verification.Broken.class, centre.module.verifyAccessLog().verify());
        centre.checkpoints.tamper(all -> new ArrayList<>(List.of(altered)));
        Verification.Broken withAltered = assertInstanceOf(Verification.Broken.class, centre.module.verifyAccessLog().verify());

        assertTrue(withForged.reason().contains("does not carry a valid signature of the log's key"), withForged.reason());
        assertTrue(withAltered.reason().contains("does not carry a valid signature of the log's key"), withAltered.reason());
    }

    @Test
    @DisplayName("entries after the last signed checkpoint are intact by the chain only, and the verification says how many are anchored")
    void tailAfterTheLastCheckpoint() {
        views(2);
        SignedCheckpoint first = centre.module.verifyAccessLog().signCheckpoint();
        views(2);

        Verification.Intact result = assertInstanceOf(Verification.Intact.class, centre.module.verifyAccessLog().verify());

        assertEquals(2, first.size());
        assertEquals(2, result.anchored());
        assertEquals(centre.log.size(), result.entries());
    }

    @Test
    @DisplayName("entries cut off below a signed checkpoint are reported as truncated")
    void truncatedBelowACheckpoint() {
        views(4);
        centre.module.verifyAccessLog().signCheckpoint();

        centre.log.tamper(entries -> new ArrayList<>(entries.subList(0, 3)));

        assertEquals(new Verification.Truncated(4, 3), centre.module.verifyAccessLog().verify());
    }

    @Test
    @DisplayName("signing publishes CheckpointSigned; the key never reaches the log or the checkpoint store")
    void theKeyStaysWithTheDeployment() {
        views(2);

        SignedCheckpoint signed = centre.module.verifyAccessLog().signCheckpoint();

        assertEquals(new AccessEvent.CheckpointSigned(2, centre.clock.instant()), centre.events.all().get(centre.events.all().size() - 1));
        assertTrue(signed.isSignedBy(AccessFixtures.SIGNER.publicKey()));
        assertEquals(List.of(signed), centre.checkpoints.all());
        String privateKey = HexFormat.of().formatHex(AccessFixtures.KEYS.getPrivate().getEncoded());
        String seed = privateKey.substring(privateKey.length() - 64);
        for (AccessLogEntry e : centre.log.read(1, 100)) {
            assertFalse(HexFormat.of().formatHex(e.stored()).contains(seed));
        }
        assertFalse(HexFormat.of().formatHex(signed.export().getBytes(StandardCharsets.UTF_8)).contains(seed));
    }
}
