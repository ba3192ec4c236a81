package io.watchfloor.devices.port.in;

import io.watchfloor.devices.CredentialsReference;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceDetails;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.NetworkAddress;
import io.watchfloor.devices.PlaceClass;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Sane;
import io.watchfloor.shared.ZoneImportance;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Registers a device in the archive (DEVICE-01) by a technician or the centre head. The asset number
 * must be new (DEVICE-01); a camera is given a {@link CameraId}; a camera registered for recording
 * in a prohibited place is refused (DEVICE-07).
 */
public interface RegisterDevice {

    /** Registers it and returns it as stored. */
    Device register(Command command);

    /**
     * @param producedOn not in the future
     * @param purchasedOn not before {@code producedOn}
     * @param aim what a camera looks at; may be {@code null}
     * @param networkAddress host or IP with optional port, or {@code null}; see {@link NetworkAddress}
     * @param credentialsReference {@code store:path} in a secret store, or {@code null}; never a password
     * @param recording whether a camera is registered for recording; only cameras record
     * @param firmware the firmware version, or {@code null}
     * @param spare whether it goes to the spares rather than into service
     * @param camera the camera id to keep (a camera known to other contexts already), or {@code null} for a new one
     */
    record Command(@NotNull PersonId actor,
                   @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}", message = "must be 1 to 64 letters, digits or . _ / -") String assetNumber,
                   @NotNull DeviceType type,
                   @NotBlank @Size(max = 200) String model,
                   @NotBlank @Size(max = 200) String manufacturer,
                   @NotBlank @Size(max = 200) String serial,
                   @NotNull @Sane LocalDate producedOn,
                   @NotNull @Sane LocalDate purchasedOn,
                   @NotBlank @Size(max = 200) String purchaseChannel,
                   @NotNull @DecimalMin(value = "-90", message = "must be -90 to 90") @DecimalMax(value = "90", message = "must be -90 to 90") Double latitude,
                   @NotNull @DecimalMin(value = "-180", message = "must be -180 to 180") @DecimalMax(value = "180", message = "must be -180 to 180") Double longitude,
                   @NotBlank @Size(max = 300) String address,
                   @NotNull PlaceClass placeClass,
                   @Size(max = 200) String aim,
                   @NotBlank @Size(max = 200) String zone,
                   @NotNull ZoneImportance zoneImportance,
                   @NotNull AccessLevel accessLevel,
                   @Size(max = Bounds.NAME) String networkAddress,
                   @Size(max = Bounds.NAME) String credentialsReference,
                   boolean recording,
                   @Size(max = 64) String firmware,
                   boolean spare,
                   CameraId camera) {

        /** Registers into service the device {@code details} describe; a camera is given a new camera id. */
        public static Command inService(PersonId actor, DeviceDetails details) {
            return of(actor, details, false, null);
        }

        /** Registers to the spares the device {@code details} describe. */
        public static Command spare(PersonId actor, DeviceDetails details) {
            return of(actor, details, true, null);
        }

        /** Registers into service the camera {@code details} describe, keeping the camera id other contexts already know it by. */
        public static Command keepingCamera(PersonId actor, DeviceDetails details, CameraId camera) {
            return of(actor, details, false, camera);
        }

        private static Command of(PersonId actor, DeviceDetails d, boolean spare, CameraId camera) {
            return new Command(actor, d.assetNumber(), d.type(), d.model(), d.manufacturer(), d.serial(), d.producedOn(), d.purchasedOn(),
                    d.purchaseChannel(), d.installation().location().latitude(), d.installation().location().longitude(),
                    d.installation().location().address(), d.installation().placeClass(), d.installation().aim(), d.zone().name(),
                    d.zone().importance(), d.zone().accessLevel(), d.address() == null ? null : d.address().value(),
                    d.credentials() == null ? null : d.credentials().value(), d.recording(), d.firmware(), spare, camera);
        }

        /** Checked as the property {@code purchasedOn}. */
        @AssertTrue(message = "must not be before producedOn")
        public boolean isPurchasedOn() {
            return producedOn == null || purchasedOn == null || !purchasedOn.isBefore(producedOn);
        }

        /** Checked as the property {@code networkAddress}. */
        @AssertTrue(message = "must be an IPv4 address, an IPv6 address or a host name, with an optional :port, and no user or password")
        public boolean isNetworkAddress() {
            return networkAddress == null || networkAddress.isEmpty() || NetworkAddress.isValid(networkAddress);
        }

        /** Checked as the property {@code credentialsReference}; the value itself never appears in the error. */
        @AssertTrue(message = "looks like a password, not a reference to one: give store:path in a secret store, such as vault:cctv/cam-0017")
        public boolean isCredentialsReference() {
            return credentialsReference == null || credentialsReference.isEmpty() || CredentialsReference.isValid(credentialsReference);
        }

        /** Checked as the property {@code recording}. */
        @AssertTrue(message = "only cameras record")
        public boolean isRecording() {
            return !recording || type == null || type == DeviceType.CAMERA;
        }

        /** Checked as the property {@code camera}. */
        @AssertTrue(message = "only a camera has a camera id")
        public boolean isCamera() {
            return camera == null || type == null || type == DeviceType.CAMERA;
        }

        /** Checked as the property {@code spare}. */
        @AssertTrue(message = "a spare is kept in stock and does not record")
        public boolean isSpare() {
            return !spare || !recording;
        }

        @Override
        public String toString() {
            return "RegisterDevice.Command[" + assetNumber + ", " + type + "]";
        }
    }
}
