package io.watchfloor.access;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** A SHA-256 digest (32 bytes) as the access log's chain uses it; immutable, compared by content, written in hex. */
public final class ChainHash {

    /** How many bytes a SHA-256 digest has. */
    public static final int LENGTH = 32;
    /** The "previous hash" of the first entry: 32 zero bytes. */
    public static final ChainHash GENESIS = new ChainHash(new byte[LENGTH]);

    private final byte[] bytes;

    private ChainHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The digest with these 32 bytes (copied). */
    public static ChainHash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + bytes.length);
        }
        return new ChainHash(bytes.clone());
    }

    /** The digest written as 64 hexadecimal digits. */
    public static ChainHash ofHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 hex digits, not " + hex.length());
        }
        return new ChainHash(HexFormat.of().parseHex(hex));
    }

    static ChainHash wrap(byte[] owned) {
        return new ChainHash(owned);
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] raw() {
        return bytes;
    }

    /** Whether this digest equals the 32 bytes of {@code other} starting at {@code offset}. */
    boolean matches(byte[] other, int offset) {
        return Arrays.equals(bytes, 0, LENGTH, other, offset, offset + LENGTH);
    }

    /** The 64 hexadecimal digits. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainHash other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
