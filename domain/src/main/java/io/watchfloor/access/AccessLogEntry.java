package io.watchfloor.access;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One entry of the access log (ACCESS-04): its position ({@code sequence}, from 1), what it records,
 * the hash of the entry before it, and its own hash, SHA-256 over the previous hash followed by the
 * canonical encoding of {@code sequence} and {@code record} (see {@link #content()}). Entries are
 * never updated or deleted; a change to any of them breaks the chain at that entry.
 */
public record AccessLogEntry(long sequence, LogRecord record, ChainHash previousHash, ChainHash hash) {

    public AccessLogEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("log sequence numbers start at 1, was " + sequence);
        }
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The entry at {@code sequence} after the entry whose hash is {@code previous}, with its hash computed. */
    public static AccessLogEntry seal(long sequence, LogRecord record, ChainHash previous) {
        byte[] content = CanonicalEncoding.encode(sequence, record);
        return new AccessLogEntry(sequence, record, previous, AccessChain.hash(previous, content));
    }

    /** The canonical bytes the hash covers after the previous hash. */
    public byte[] content() {
        return CanonicalEncoding.encode(sequence, record);
    }

    /**
     * The entry as one byte string for safekeeping outside a database:
     * {@code int length, content, 32 bytes previous hash, 32 bytes hash}.
     */
    public byte[] stored() {
        byte[] content = content();
        ByteBuffer b = ByteBuffer.allocate(4 + content.length + 2 * ChainHash.LENGTH);
        b.putInt(content.length).put(content).put(previousHash.raw()).put(hash.raw());
        return b.array();
    }

    /** The entry from its {@link #stored()} form; throws {@link IllegalArgumentException} when malformed. */
    public static AccessLogEntry fromStored(byte[] stored) {
        AccessChain.Parts parts = AccessChain.split(stored);
        if (parts == null) {
            throw new IllegalArgumentException("not a stored access-log entry");
        }
        CanonicalEncoding.Decoded decoded = CanonicalEncoding.decode(parts.content());
        if (decoded.sequence() < 1) {
            throw new IllegalArgumentException("log sequence numbers start at 1, was " + decoded.sequence());
        }
        return new AccessLogEntry(decoded.sequence(), decoded.record(), parts.previous(), parts.hash());
    }
}
