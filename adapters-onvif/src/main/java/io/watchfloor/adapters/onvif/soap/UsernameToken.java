package io.watchfloor.adapters.onvif.soap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * WS-Security UsernameToken with PasswordDigest (ONVIF Core, 5.12): Base64(SHA-1(nonce + created +
 * password)). {@code created} must be the device's time, so the caller corrects its own clock by the
 * measured skew before asking for a header.
 */
public final class UsernameToken {

    /** The password type URI of a digest. */
    public static final String DIGEST_TYPE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";

    private static final SecureRandom RANDOM = new SecureRandom();

    private UsernameToken() {
    }

    /** The security header for {@code credentials}, dated {@code created} (device time), with a fresh nonce. */
    public static String header(Credentials credentials, Instant created) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return header(credentials, created, nonce);
    }

    /** The security header with a given nonce (for tests and the fake device). */
    public static String header(Credentials credentials, Instant created, byte[] nonce) {
        String createdText = created.truncatedTo(ChronoUnit.MILLIS).toString();
        return """
                <wsse:Security s:mustUnderstand="true" \
                xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" \
                xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">\
                <wsse:UsernameToken><wsse:Username>%s</wsse:Username>\
                <wsse:Password Type="%s">%s</wsse:Password>\
                <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">%s</wsse:Nonce>\
                <wsu:Created>%s</wsu:Created></wsse:UsernameToken></wsse:Security>""".formatted(
                Xml.escape(credentials.username()), DIGEST_TYPE, digest(nonce, createdText, credentials.password()),
                Base64.getEncoder().encodeToString(nonce), createdText);
    }

    /** Base64(SHA-1(nonce + created + password)). */
    public static String digest(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
