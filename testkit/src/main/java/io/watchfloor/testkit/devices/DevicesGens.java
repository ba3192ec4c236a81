package io.watchfloor.testkit.devices;

import io.watchfloor.devices.CredentialsReference;
import io.watchfloor.devices.DeviceDetails;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.Installation;
import io.watchfloor.devices.NetworkAddress;
import io.watchfloor.devices.PlaceClass;
import io.watchfloor.devices.Zone;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Generators of the devices context for the property engine, valid by construction.
 * <ul>
 * <li>{@link #text}: 1 to 40 characters of letters, digits, Chinese, spaces, commas, double quotes,
 *     CR and LF, never blank and without edge white space (what the archive keeps after trimming);</li>
 * <li>{@link #assetNumbers}: {@code HP-} and 1 to 12 letters, digits, {@code . _ / -};</li>
 * <li>{@link #networkAddresses}: IPv4 with or without a port (1 to 65535), bracketed IPv6 with a port,
 *     or host names of 1 to 3 labels;</li>
 * <li>{@link #credentials}: a reference in one of {@link CredentialsReference#STORES}, path of 1 to 3 segments;</li>
 * <li>{@link #locations}: anywhere on Earth, latitude -90..90, longitude -180..180;</li>
 * <li>{@link #details}: any device type, production 2000..2026, purchase 0..400 days later, a
 *     permitted place class (DEVICE-07 never fires), recording only for cameras.</li>
 * </ul>
 */
public final class DevicesGens {

    private static final String TEXT_ALPHABET = "abcXYZ019 ,\"\r\n监控摄像机南京路";
    private static final List<PlaceClass> PERMITTED = Arrays.stream(PlaceClass.values()).filter(p -> !p.isProhibited()).toList();

    private DevicesGens() {
    }

    /**
     * Free text as the archive keeps it.
     *
     * @return the generator
     */
    public static Gen<String> text() {
        return Gens.strings(TEXT_ALPHABET, 1, 40).map(String::strip).filter("not blank", s -> !s.isEmpty());
    }

    /**
     * Asset numbers.
     *
     * @return the generator
     */
    public static Gen<String> assetNumbers() {
        return Gens.strings("ABCZ0189._/-", 1, 12).map(s -> "HP-" + s);
    }

    /**
     * Valid network addresses.
     *
     * @return the generator
     */
    public static Gen<NetworkAddress> networkAddresses() {
        Gen<Integer> octet = Gens.integers(0, 255);
        Gen<Integer> port = Gens.integers(1, 65_535);
        Gen<String> ipv4 = source -> source.draw(octet) + "." + source.draw(octet) + "." + source.draw(octet) + "." + source.draw(octet);
        Gen<String> ipv4Port = source -> source.draw(ipv4) + ":" + source.draw(port);
        Gen<String> ipv6 = source -> "[fd00::" + Integer.toHexString(source.draw(Gens.integers(0, 0xffff))) + "]:" + source.draw(port);
        Gen<String> label = Gens.strings("abcxyz019", 1, 8).map(s -> "cam" + s);
        Gen<String> host = source -> String.join(".", source.draw(Gens.lists(label, 1, 3)));
        return Gens.choice(ipv4, ipv4Port, ipv6, host).map(NetworkAddress::new);
    }

    /**
     * Valid credentials references.
     *
     * @return the generator
     */
    public static Gen<CredentialsReference> credentials() {
        Gen<String> segment = Gens.strings("abcxyz019-_.", 1, 10).map(s -> "c" + s);
        return source -> new CredentialsReference(source.draw(Gens.oneOf(CredentialsReference.STORES)) + ":"
                + String.join("/", source.draw(Gens.lists(segment, 1, 3))));
    }

    /** {@return any place on Earth, with an address} */
    public static Gen<Location> locations() {
        return source -> new Location(source.draw(Gens.doubles(-90, 90)), source.draw(Gens.doubles(-180, 180)), source.draw(text()));
    }

    /**
     * Valid archive details of any device.
     *
     * @return the generator
     */
    public static Gen<DeviceDetails> details() {
        return source -> {
            DeviceType type = source.draw(Gens.enums(DeviceType.class));
            LocalDate produced = LocalDate.of(2000, 1, 1).plusDays(source.draw(Gens.integers(0, 9_500)));
            LocalDate purchased = produced.plusDays(source.draw(Gens.integers(0, 400)));
            boolean recording = type == DeviceType.CAMERA && source.draw(Gens.booleans());
            Installation installation = new Installation(source.draw(locations()), source.draw(Gens.oneOf(PERMITTED)),
                    source.draw(Gens.booleans()) ? source.draw(text()) : "");
            Zone zone = new Zone(source.draw(text()), source.draw(Gens.enums(ZoneImportance.class)), source.draw(Gens.enums(AccessLevel.class)));
            return new DeviceDetails(source.draw(assetNumbers()), type, source.draw(text()), source.draw(text()), source.draw(text()),
                    produced, purchased, source.draw(text()), installation, zone,
                    source.draw(Gens.booleans()) ? source.draw(networkAddresses()) : null,
                    source.draw(Gens.booleans()) ? source.draw(credentials()) : null,
                    recording, source.draw(Gens.booleans()) ? "V" + source.draw(Gens.integers(1, 9)) + "." + source.draw(Gens.integers(0, 99)) : "");
        };
    }
}
