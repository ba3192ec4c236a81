package io.watchfloor.testkit.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.Checkpoint;
import io.watchfloor.access.Ed25519Signer;
import io.watchfloor.access.SignedCheckpoint;
import io.watchfloor.access.port.out.SignedCheckpoints;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link SignedCheckpoints} adapter must do (ACCESS-04): keep signed checkpoints exactly, in the order added. */
@Tag("ACCESS-04")
public abstract class SignedCheckpointsContract {

    /** A new, empty store; called once per test. */
    protected abstract SignedCheckpoints newSignedCheckpoints();

    @Test
    @DisplayName("signed checkpoints come back exactly as added, in order, their signatures still verifying")
    void keepsThemInOrder() {
        SignedCheckpoints store = newSignedCheckpoints();
        Ed25519Signer signer = Ed25519Signer.of(Ed25519Signer.newKeyPair());
        var chain = AccessSamples.aChain(3, AccessSamples.MONDAY_8AM);
        List<SignedCheckpoint> signed = chain.stream().map(e -> {
            Checkpoint c = new Checkpoint(e.sequence(), e.hash(), e.record().at());
            return new SignedCheckpoint(c, Base64.getEncoder().encodeToString(signer.sign(SignedCheckpoint.message(c))));
        }).toList();

        assertEquals(List.of(), store.all());
        signed.forEach(store::add);

        assertEquals(signed, store.all());
        assertTrue(store.all().stream().allMatch(c -> c.isSignedBy(signer.publicKey())));
    }
}
