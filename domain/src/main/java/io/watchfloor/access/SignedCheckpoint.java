package io.watchfloor.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checkpoint of the access log signed with the deployment's Ed25519 key (ACCESS-04), after
 * Certificate Transparency's signed tree head: the log's size, its head hash and when, signed. Whoever
 * can write the log's store can re-seal a hash chain, but cannot sign; a log that no longer holds what
 * a signed checkpoint saw was rewritten. The signature covers the UTF-8 bytes of
 * {@link Checkpoint#export()}. Written as one line of text ({@link #export()}).
 *
 * @param signature the Ed25519 signature, in base64
 */
public record SignedCheckpoint(Checkpoint checkpoint, String signature) {

    /** The signature algorithm, in the JDK since Java 15. */
    public static final String ALGORITHM = "Ed25519";
    private static final Pattern LINE = Pattern.compile("(.+) sig=([A-Za-z0-9+/=]+)");

    public SignedCheckpoint {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(signature, "signature");
        try {
            Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a checkpoint's signature is base64", e);
        }
    }

    /** The bytes the signature covers. */
    public static byte[] message(Checkpoint checkpoint) {
        return checkpoint.export().getBytes(StandardCharsets.UTF_8);
    }

    /** How many entries the log had. */
    public long size() {
        return checkpoint.size();
    }

    /** Whether the signature is the Ed25519 signature of the checkpoint by the holder of {@code key}'s private half. */
    public boolean isSignedBy(PublicKey key) {
        Objects.requireNonNull(key, "key");
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message(checkpoint));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException notValid) {
            return false;
        }
    }

    /** One line of text to keep somewhere the log's keepers cannot change. */
    public String export() {
        return checkpoint.export() + " sig=" + signature;
    }

    /** The signed checkpoint from its exported line; throws {@link IllegalArgumentException} when it is not one. */
    public static SignedCheckpoint parse(String line) {
        Matcher m = LINE.matcher(Objects.requireNonNull(line, "line").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an exported signed access-log checkpoint: " + line);
        }
        return new SignedCheckpoint(Checkpoint.parse(m.group(1)), m.group(2));
    }
}
