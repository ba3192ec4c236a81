package io.watchfloor.devices;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a device answers on the network, as plain text checked by hand (the domain does not use
 * {@code java.net}): an IPv4 address, an IPv6 address in brackets when a port follows, or a host
 * name (RFC 1123), each optionally followed by {@code :port} (1 to 65535). No user name or password
 * may appear in it: those belong in a {@link CredentialsReference}.
 *
 * @param value the address as written, such as {@code 10.20.3.17:554}, {@code [fd00::17]:80} or {@code cam-017.pd.example}
 */
public record NetworkAddress(String value) {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    public NetworkAddress {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("network address " + (value == null ? "null" : "'" + value + "'") + " " + problem.get());
        }
    }

    /** Whether {@code text} is a valid network address. */
    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    /** What is wrong with {@code text} as a network address, if anything. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("is missing");
        }
        if (text.length() > 255) {
            return Optional.of("is longer than 255 characters");
        }
        if (text.contains("@") || text.contains("//")) {
            return Optional.of("must be a bare host and port, with no scheme, user name or password");
        }
        String host = text;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return Optional.of("opens '[' without closing it");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return Optional.of("has text after ']' that is not a port");
                }
                port = rest.substring(1);
            }
            if (!isIpv6(host)) {
                return Optional.of("is not a valid IPv6 address in brackets");
            }
        } else if (text.indexOf(':') != text.lastIndexOf(':')) {
            if (!isIpv6(text)) {
                return Optional.of("is not a valid IPv6 address");
            }
            host = text;
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0) {
                host = text.substring(0, colon);
                port = text.substring(colon + 1);
            }
            if (!isIpv4(host) && !isHostName(host)) {
                return Optional.of("is neither an IPv4 address nor a host name");
            }
        }
        if (port != null && !isPort(port)) {
            return Optional.of("has port '" + port + "', which is not 1 to 65535");
        }
        return Optional.empty();
    }

    private static boolean isPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(port);
        return n >= 1 && n <= 65_535;
    }

    private static boolean isIpv4(String host) {
        return IPV4.matcher(host).matches();
    }

    private static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > 253 || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String host) {
        if (host.isEmpty() || host.contains(":::")) {
            return false;
        }
        int doubleColon = host.indexOf("::");
        if (doubleColon >= 0 && host.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] parts = host.split(":", -1);
        int groups = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                continue;
            }
            if (i == parts.length - 1 && part.contains(".")) {
                if (!isIpv4(part)) {
                    return false;
                }
                groups += 2;
            } else if (HEX_GROUP.matcher(part).matches()) {
                groups++;
            } else {
                return false;
            }
        }
        if (doubleColon < 0) {
            return groups == 8 && !host.startsWith(":") && !host.endsWith(":");
        }
        boolean badStart = host.startsWith(":") && !host.startsWith("::");
        boolean badEnd = host.endsWith(":") && !host.endsWith("::");
        return groups < 8 && !badStart && !badEnd;
    }

    @Override
    public String toString() {
        return value;
    }
}
