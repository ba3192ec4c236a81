package io.watchfloor.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals visitors' ID numbers with the deployment's secret key (HMAC-SHA256, ACCESS-07), so the visit
 * register can prove a visit by a given number without showing the full number to every reader.
 * Numbers are normalised first: spaces and dashes removed, letters upper-cased.
 */
public final class IdNumberSeal {

    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    private IdNumberSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** A seal with this secret key of at least 32 bytes (copied). */
    public static IdNumberSeal withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the ID-number key must have at least " + MIN_KEY_BYTES + " bytes, had " + key.length);
        }
        return new IdNumberSeal(key.clone());
    }

    private static String normalised(String idNumber) {
        return idNumber.replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether {@code idNumber} can be sealed: at least four characters remain once spaces and dashes,
     * which are formatting only, are removed.
     */
    public static boolean isSealable(String idNumber) {
        return idNumber != null && normalised(idNumber).length() >= 4;
    }

    /** The sealed form of {@code idNumber}, which needs at least four characters. */
    public SealedIdNumber seal(String idNumber) {
        Objects.requireNonNull(idNumber, "idNumber");
        String number = normalised(idNumber);
        if (number.length() < 4) {
            throw new IllegalArgumentException("an ID number has at least four characters");
        }
        return new SealedIdNumber(mac(number), number.substring(number.length() - 4));
    }

    /** Whether {@code candidate} is the number that was sealed (compared in constant time). */
    public boolean proves(SealedIdNumber sealed, String candidate) {
        Objects.requireNonNull(sealed, "sealed");
        if (candidate == null || normalised(candidate).length() < 4) {
            return false;
        }
        return MessageDigest.isEqual(mac(normalised(candidate)).getBytes(StandardCharsets.US_ASCII),
                sealed.keyedHash().getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
