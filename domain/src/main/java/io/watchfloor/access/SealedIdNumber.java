package io.watchfloor.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A visitor's ID number as stored (ACCESS-07): a keyed hash (HMAC-SHA256, hex) that proves a given
 * number without revealing it, and the last four characters for people to recognise it.
 */
public record SealedIdNumber(String keyedHash, String lastFour) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public SealedIdNumber {
        Objects.requireNonNull(keyedHash, "keyedHash");
        Objects.requireNonNull(lastFour, "lastFour");
        if (!HEX.matcher(keyedHash).matches()) {
            throw new IllegalArgumentException("a keyed hash is 64 lowercase hex digits");
        }
        if (lastFour.length() != 4) {
            throw new IllegalArgumentException("lastFour has four characters");
        }
    }

    /** The number as a reader sees it: "**************123X". */
    public String masked() {
        return "****" + lastFour;
    }
}
