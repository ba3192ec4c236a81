package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.testkit.access.AccessGens;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-04")
@DisplayName("Properties of the access log: tampering is detected and located")
class AccessLogProperties {

    private static final int MAX = 25;

    record Flip(List<AccessLogEntry> chain, int entry, int offset, int mask) {
    }

    record Edit(List<AccessLogEntry> chain, String kind, int at, int other) {
    }

    private static List<byte[]> stored(List<AccessLogEntry> chain) {
        return new ArrayList<>(chain.stream().map(AccessLogEntry::stored).toList());
    }

    private static Checkpoint checkpointOf(List<AccessLogEntry> chain) {
        return new Checkpoint(chain.size(), chain.get(chain.size() - 1).hash(), AccessFixtures.NOW);
    }

    @Test
    @DisplayName("a generated log verifies intact, in both its object and its stored byte form, and against its own checkpoint")
    void intactLogsVerify() {
        Property.forAll(AccessGens.chains(MAX)).tries(300).check(chain -> {
            Verification.Intact intact = new Verification.Intact(chain.size(), chain.get(chain.size() - 1).hash());
            assertEquals(intact, AccessChain.verify(chain));
            assertEquals(intact, AccessChain.verifyStored(stored(chain)));
            assertEquals(intact, AccessChain.verify(chain, checkpointOf(chain)));
            chain.forEach(e -> assertEquals(e, AccessLogEntry.fromStored(e.stored())));
        });
    }

    @Test
    @DisplayName("any single-byte change to any stored entry is detected at that entry")
    void singleByteChanges() {
        Gen<Flip> flips = AccessGens.chains(MAX).flatMap(chain -> source -> {
            int entry = source.draw(Gens.integers(0, chain.size() - 1));
            int length = chain.get(entry).stored().length;
            return new Flip(chain, entry, source.draw(Gens.integers(0, length - 1)), source.draw(Gens.integers(1, 255)));
        });
        Property.forAll(flips).tries(1_000).check(f -> {
            List<byte[]> bytes = stored(f.chain());
            byte[] changed = bytes.get(f.entry()).clone();
            changed[f.offset()] ^= (byte) f.mask();
            bytes.set(f.entry(), changed);
            Property.classify(f.offset() >= changed.length - 64, "in a hash");

            Verification result = AccessChain.verifyStored(bytes);

            assertEquals(f.entry() + 1, ((Verification.Broken) result).position(), result::toString);
        });
    }

    @Test
    @DisplayName("deleting, inserting or reordering entries is detected at the first position that differs; cutting the end off, against a checkpoint")
    void deletionsInsertionsReorderings() {
        Gen<Edit> edits = AccessGens.chains(MAX).flatMap(chain -> source -> {
            String kind = source.draw(Gens.oneOf("delete", "insert copy", "insert forged", "swap", "truncate"));
            int n = chain.size();
            return switch (kind) {
                case "delete", "truncate" -> new Edit(chain, kind, source.draw(Gens.integers(0, n - 1)), 0);
                case "insert copy" -> new Edit(chain, kind, source.draw(Gens.integers(0, n)), source.draw(Gens.integers(0, n - 1)));
                case "insert forged" -> new Edit(chain, kind, source.draw(Gens.integers(0, n - 1)), 0);
                default -> n < 2 ? new Edit(chain, "delete", 0, 0)
                        : new Edit(chain, kind, source.draw(Gens.integers(0, n - 2)), 0);
            };
        });
        Property.forAll(edits, AccessGens.logRecords()).tries(1_000).check((e, forgedRecord) -> {
            List<AccessLogEntry> chain = e.chain();
            List<AccessLogEntry> edited = new ArrayList<>(chain);
            Property.collect(e.kind());
            switch (e.kind()) {
                case "delete" -> edited.remove(e.at());
                case "truncate" -> edited = new ArrayList<>(chain.subList(0, e.at()));
                case "insert copy" -> edited.add(e.at(), chain.get(e.other()));
                case "insert forged" -> edited.add(e.at(), AccessLogEntry.seal(e.at() + 1L, forgedRecord,
                        e.at() == 0 ? ChainHash.GENESIS : chain.get(e.at() - 1).hash()));
                default -> Collections.swap(edited, e.at(), e.at() + 1 + (chain.size() - e.at() - 2) / 2);
            }
            int firstDifference = 0;
            while (firstDifference < Math.min(chain.size(), edited.size()) && chain.get(firstDifference).equals(edited.get(firstDifference))) {
                firstDifference++;
            }
            boolean onlyShorter = firstDifference == edited.size() && edited.size() < chain.size();
            Verification alone = AccessChain.verify(edited);
            Verification stored = AccessChain.verifyStored(stored(edited));
            Verification checked = AccessChain.verify(edited, checkpointOf(chain));
            if (onlyShorter) {
                assertTrue(alone.isIntact(), "the chain alone cannot see a cut end");
                assertEquals(new Verification.Truncated(chain.size(), edited.size()), checked);
            } else {
                long expected = firstDifference + 1L + (e.kind().equals("insert forged") ? 1 : 0);
                assertEquals(expected, ((Verification.Broken) alone).position(), alone::toString);
                assertEquals(expected, ((Verification.Broken) stored).position(), stored::toString);
                assertEquals(expected, ((Verification.Broken) checked).position(), checked::toString);
            }
        });
    }
    record Rewrite(List<AccessLogEntry> chain, List<Integer> signedAt, int rewrittenFrom, boolean forged) {
    }

    private static SignedCheckpoint sign(Ed25519Signer signer, List<AccessLogEntry> chain, int size) {
        Checkpoint c = new Checkpoint(size, chain.get(size - 1).hash(), AccessFixtures.NOW);
        return new SignedCheckpoint(c, java.util.Base64.getEncoder().encodeToString(signer.sign(SignedCheckpoint.message(c))));
    }

    @Test
    @DisplayName("whatever is rewritten and re-sealed at or below a signed checkpoint is found; without one a log is never called intact")
    void signedCheckpointsAnchorTheLog() {
        Gen<Rewrite> rewrites = AccessGens.chains(MAX).flatMap(chain -> source -> new Rewrite(chain,
                source.draw(Gens.lists(Gens.integers(1, chain.size()), 0, 3)),
                source.draw(Gens.integers(1, chain.size() + 1)),
                source.draw(Gens.integers(0, 9)) == 0));
        Ed25519Signer intruder = Ed25519Signer.of(Ed25519Signer.newKeyPair());
        Property.forAll(rewrites).tries(200).requireShare("caught", 0.2).requireShare("intact", 0.1).requireShare("unanchored", 0.1).check(r -> {
            List<AccessLogEntry> chain = r.chain();
            List<SignedCheckpoint> signed = r.signedAt().stream()
                    .map(size -> sign(r.forged() ? intruder : AccessFixtures.SIGNER, chain, size)).toList();
            List<AccessLogEntry> edited = new ArrayList<>(chain.subList(0, r.rewrittenFrom() - 1));
            ChainHash previous = edited.isEmpty() ? ChainHash.GENESIS : edited.get(edited.size() - 1).hash();
            for (AccessLogEntry e : chain.subList(r.rewrittenFrom() - 1, chain.size())) {
                LogRecord x = e.record();
                AccessLogEntry resealed = AccessLogEntry.seal(e.sequence(), new LogRecord(x.at(), x.kind(), x.actor(), "Rewritten",
                        x.requester(), x.grant(), x.cameras(), x.footage(), x.detail()), previous);
                edited.add(resealed);
                previous = resealed.hash();
            }

            Verification result = AccessChain.verify(edited, signed, AccessFixtures.SIGNER.publicKey());

            boolean covered = r.signedAt().stream().anyMatch(size -> size >= r.rewrittenFrom());
            if (signed.isEmpty()) {
                Property.classify(true, "unanchored");
                assertEquals(new Verification.Unanchored(edited.size(), previous), result);
            } else if (r.forged() || covered) {
                Property.classify(true, "caught");
                assertTrue(result instanceof Verification.Broken, result::toString);
            } else {
                Property.classify(true, "intact");
                assertEquals(new Verification.Intact(chain.size(), previous, r.signedAt().stream().mapToInt(Integer::intValue).max().orElseThrow()),
                        result);
            }
            assertTrue(AccessChain.verify(edited).isIntact(), "the re-sealed chain alone always holds: only signatures tell");
        });
    }
}
