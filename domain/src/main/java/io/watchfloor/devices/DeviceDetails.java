package io.watchfloor.devices;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the archive says about a device (DEVICE-01), checked when built: a recording camera in a
 * prohibited place is refused with DEVICE-07 ({@link ProhibitedPlace}).
 *
 * @param assetNumber the centre's unique asset number (letters, digits, {@code . _ / -}; up to 64)
 * @param producedOn the production date
 * @param purchasedOn the purchase date, not before production
 * @param purchaseChannel how it was bought, such as "district government procurement 2024-17"
 * @param address where it answers on the network, or {@code null}
 * @param credentials where its credentials are kept, or {@code null}; never a password
 * @param recording whether a camera is registered for recording; only cameras record
 * @param firmware the firmware version it runs, or "" when none is known
 */
public record DeviceDetails(String assetNumber, DeviceType type, String model, String manufacturer, String serial,
                            LocalDate producedOn, LocalDate purchasedOn, String purchaseChannel,
                            Installation installation, Zone zone, NetworkAddress address, CredentialsReference credentials,
                            boolean recording, String firmware) {

    private static final Pattern ASSET_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public DeviceDetails {
        if (assetNumber == null || !ASSET_NUMBER.matcher(assetNumber).matches()) {
            throw new IllegalArgumentException("an asset number is 1 to 64 letters, digits or . _ / -, was " + assetNumber);
        }
        Objects.requireNonNull(type, "type");
        text("model", model);
        text("manufacturer", manufacturer);
        text("serial", serial);
        text("purchaseChannel", purchaseChannel);
        Objects.requireNonNull(producedOn, "producedOn");
        Objects.requireNonNull(purchasedOn, "purchasedOn");
        if (purchasedOn.isBefore(producedOn)) {
            throw new IllegalArgumentException("device " + assetNumber + " cannot be purchased on " + purchasedOn
                    + ", before it was produced on " + producedOn);
        }
        Objects.requireNonNull(installation, "installation");
        Objects.requireNonNull(zone, "zone");
        firmware = firmware == null ? "" : firmware.strip();
        if (firmware.length() > 64) {
            throw new IllegalArgumentException("a firmware version has at most 64 characters");
        }
        if (recording && type != DeviceType.CAMERA) {
            throw new IllegalArgumentException("only cameras record; device " + assetNumber + " is a " + type.title());
        }
        if (recording && installation.placeClass().isProhibited()) {
            throw new ProhibitedPlace(assetNumber, installation.placeClass());
        }
    }

    private static void text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a device needs its " + name);
        }
        if (value.length() > 200) {
            throw new IllegalArgumentException("a device's " + name + " has at most 200 characters");
        }
    }

    /** The same details installed elsewhere (moved or re-aimed). */
    public DeviceDetails withInstallation(Installation value) {
        return new DeviceDetails(assetNumber, type, model, manufacturer, serial, producedOn, purchasedOn, purchaseChannel,
                value, zone, address, credentials, recording, firmware);
    }

    /** The same details in another zone. */
    public DeviceDetails withZone(Zone value) {
        return new DeviceDetails(assetNumber, type, model, manufacturer, serial, producedOn, purchasedOn, purchaseChannel,
                installation, value, address, credentials, recording, firmware);
    }

    /** The same details with another network address and credentials reference. */
    public DeviceDetails withNetwork(NetworkAddress newAddress, CredentialsReference newCredentials) {
        return new DeviceDetails(assetNumber, type, model, manufacturer, serial, producedOn, purchasedOn, purchaseChannel,
                installation, zone, newAddress, newCredentials, recording, firmware);
    }

    /** The same details, recording or not. */
    public DeviceDetails withRecording(boolean value) {
        return new DeviceDetails(assetNumber, type, model, manufacturer, serial, producedOn, purchasedOn, purchaseChannel,
                installation, zone, address, credentials, value, firmware);
    }

    /** The same details running another firmware. */
    public DeviceDetails withFirmware(String value) {
        return new DeviceDetails(assetNumber, type, model, manufacturer, serial, producedOn, purchasedOn, purchaseChannel,
                installation, zone, address, credentials, recording, value);
    }

    /** Every field as text, in a stable order, for change history and export. */
    public Map<String, String> asText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("assetNumber", assetNumber);
        fields.put("type", type.name());
        fields.put("model", model);
        fields.put("manufacturer", manufacturer);
        fields.put("serial", serial);
        fields.put("producedOn", producedOn.toString());
        fields.put("purchasedOn", purchasedOn.toString());
        fields.put("purchaseChannel", purchaseChannel);
        fields.put("latitude", String.valueOf(installation.location().latitude()));
        fields.put("longitude", String.valueOf(installation.location().longitude()));
        fields.put("address", installation.location().address());
        fields.put("placeClass", installation.placeClass().name());
        fields.put("aim", installation.aim());
        fields.put("zone", zone.name());
        fields.put("zoneImportance", zone.importance().name());
        fields.put("accessLevel", zone.accessLevel().name());
        fields.put("networkAddress", address == null ? "" : address.value());
        fields.put("credentialsReference", credentials == null ? "" : credentials.value());
        fields.put("recording", Boolean.toString(recording));
        fields.put("firmware", firmware);
        return fields;
    }
}
