package io.watchfloor.access;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The access log's hash chain (ACCESS-04): each entry's hash is SHA-256 over the previous entry's
 * hash and the entry's canonical encoding, starting from {@link ChainHash#GENESIS}. {@code verify}
 * walks a log from its first entry and names the first entry that breaks the chain; given an exported
 * {@link Checkpoint} it also detects entries cut off the end. The chain alone cannot tell a log from
 * one re-sealed by whoever can write its store: only {@link SignedCheckpoint}s, verified by
 * {@link #verify(Iterable, List, PublicKey)}, anchor it.
 */
public final class AccessChain {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(AccessChain::sha256);

    private AccessChain() {
    }

    /** A new SHA-256 digest (every Java platform has one). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java platform lacks SHA-256", e);
        }
    }

    static ChainHash hash(ChainHash previous, byte[] content) {
        return hash(SHA_256.get(), previous, content);
    }

    private static ChainHash hash(MessageDigest digest, ChainHash previous, byte[] content) {
        digest.update(previous.raw());
        digest.update(content);
        return ChainHash.wrap(digest.digest());
    }

    /** Verifies a whole log, entries in stored order from the first. */
    public static Verification verify(Iterable<AccessLogEntry> log) {
        Objects.requireNonNull(log, "log");
        MessageDigest digest = sha256();
        ChainHash running = ChainHash.GENESIS;
        long position = 0;
        for (AccessLogEntry entry : log) {
            position++;
            if (entry.sequence() != position) {
                return new Verification.Broken(position, "the entry in position " + position + " holds sequence "
                        + entry.sequence() + ": an entry was deleted, inserted or moved");
            }
            if (!entry.previousHash().equals(running)) {
                return new Verification.Broken(position, "entry " + position + " does not link to the hash of entry " + (position - 1));
            }
            if (!hash(digest, running, entry.content()).equals(entry.hash())) {
                return new Verification.Broken(position, "entry " + position + " does not match its hash: it was changed");
            }
            running = entry.hash();
        }
        return new Verification.Intact(position, running);
    }

    /**
     * Verifies a whole log against its signed checkpoints (ACCESS-04): the chain; every checkpoint's
     * Ed25519 signature under {@code key}; and that the log still holds, at each checkpoint's size,
     * the entry whose hash it signed. Without a signed checkpoint covering an entry, a consistent log
     * is {@link Verification.Unanchored}, not intact.
     */
    public static Verification verify(Iterable<AccessLogEntry> log, List<SignedCheckpoint> checkpoints, PublicKey key) {
        Objects.requireNonNull(checkpoints, "checkpoints");
        Objects.requireNonNull(key, "key");
        Verification chain = verify(log);
        if (!(chain instanceof Verification.Intact intact)) {
            return chain;
        }
        Map<Long, ChainHash> wanted = new HashMap<>();
        for (SignedCheckpoint signed : checkpoints) {
            if (!signed.isSignedBy(key)) {
                return new Verification.Broken(signed.size(), "the checkpoint of " + signed.checkpoint().takenAt() + " at entry " + signed.size()
                        + " does not carry a valid signature of the log's key: it was forged or altered");
            }
            if (signed.size() > intact.entries()) {
                return new Verification.Truncated(signed.size(), intact.entries());
            }
            wanted.put(signed.size(), null);
        }
        long position = 0;
        for (AccessLogEntry entry : log) {
            if (wanted.containsKey(++position)) {
                wanted.put(position, entry.hash());
            }
        }
        long anchored = 0;
        for (SignedCheckpoint signed : checkpoints) {
            ChainHash held = signed.size() == 0 ? ChainHash.GENESIS : wanted.get(signed.size());
            if (!signed.checkpoint().head().equals(held)) {
                return new Verification.Broken(signed.size(), "entry " + signed.size() + " is not the one the signed checkpoint of "
                        + signed.checkpoint().takenAt() + " saw: the log was rewritten");
            }
            anchored = Math.max(anchored, signed.size());
        }
        if (checkpoints.isEmpty() || (anchored == 0 && intact.entries() > 0)) {
            return new Verification.Unanchored(intact.entries(), intact.head());
        }
        return new Verification.Intact(intact.entries(), intact.head(), anchored);
    }

    /** Verifies a whole log and that it still holds everything an exported checkpoint saw. */
    public static Verification verify(Iterable<AccessLogEntry> log, Checkpoint checkpoint) {
        return againstCheckpoint(verify(log), checkpoint, log::iterator);
    }

    private static Verification againstCheckpoint(Verification result, Checkpoint checkpoint, Iterable<AccessLogEntry> log) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (!(result instanceof Verification.Intact intact)) {
            return result;
        }
        if (intact.entries() < checkpoint.size()) {
            return new Verification.Truncated(checkpoint.size(), intact.entries());
        }
        if (checkpoint.size() == 0) {
            return result;
        }
        long position = 0;
        for (AccessLogEntry entry : log) {
            if (++position == checkpoint.size()) {
                return entry.hash().equals(checkpoint.head()) ? result : new Verification.Broken(position,
                        "entry " + position + " is not the one the checkpoint of " + checkpoint.takenAt() + " saw: the log was rewritten");
            }
        }
        return new Verification.Truncated(checkpoint.size(), position);
    }

    /** The parts of an entry's stored form, or {@code null} when its lengths do not add up. */
    record Parts(byte[] content, ChainHash previous, ChainHash hash) {
    }

    static Parts split(byte[] stored) {
        if (stored == null || stored.length < 4 + 2 * ChainHash.LENGTH) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(stored);
        int length = b.getInt();
        if (length < 0 || length != stored.length - 4 - 2 * ChainHash.LENGTH) {
            return null;
        }
        byte[] content = new byte[length];
        b.get(content);
        byte[] previous = new byte[ChainHash.LENGTH];
        b.get(previous);
        byte[] hash = new byte[ChainHash.LENGTH];
        b.get(hash);
        return new Parts(content, ChainHash.wrap(previous), ChainHash.wrap(hash));
    }

    /**
     * Verifies a log kept as the entries' {@linkplain AccessLogEntry#stored() stored forms}, hashing
     * the stored bytes themselves: any changed, deleted, inserted or moved byte string breaks the chain
     * at its position.
     */
    public static Verification verifyStored(List<byte[]> stored) {
        Objects.requireNonNull(stored, "stored");
        MessageDigest digest = sha256();
        ChainHash running = ChainHash.GENESIS;
        long position = 0;
        for (byte[] bytes : stored) {
            position++;
            Parts parts = split(bytes);
            if (parts == null) {
                return new Verification.Broken(position, "entry " + position + " is not a well-formed stored entry");
            }
            if (CanonicalEncoding.sequenceOf(parts.content()) != position) {
                return new Verification.Broken(position, "the entry in position " + position
                        + " does not hold that sequence: an entry was deleted, inserted, moved or changed");
            }
            if (!parts.previous().equals(running)) {
                return new Verification.Broken(position, "entry " + position + " does not link to the hash of entry " + (position - 1));
            }
            if (!hash(digest, running, parts.content()).equals(parts.hash())) {
                return new Verification.Broken(position, "entry " + position + " does not match its hash: it was changed");
            }
            running = parts.hash();
        }
        return new Verification.Intact(position, running);
    }

    /** Verifies stored entries and that they still hold everything an exported checkpoint saw. */
    public static Verification verifyStored(List<byte[]> stored, Checkpoint checkpoint) {
        Verification result = verifyStored(stored);
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (!(result instanceof Verification.Intact intact) || checkpoint.size() == 0) {
            return result;
        }
        if (intact.entries() < checkpoint.size()) {
            return new Verification.Truncated(checkpoint.size(), intact.entries());
        }
        Parts parts = split(stored.get((int) checkpoint.size() - 1));
        return parts.hash().equals(checkpoint.head()) ? result : new Verification.Broken(checkpoint.size(),
                "entry " + checkpoint.size() + " is not the one the checkpoint of " + checkpoint.takenAt() + " saw: the log was rewritten");
    }
}
