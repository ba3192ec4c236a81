package io.watchfloor.devices;

import io.watchfloor.shared.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a change request would change (DEVICE-04); {@code null} fields stay as they are. Which fields
 * a change may carry depends on its {@link ChangeKind}: a move needs a location, a re-aim an aim, a
 * reconfiguration a network address or credentials reference, a change of use a zone or the
 * recording switch.
 */
public record ProposedChange(Location location, PlaceClass placeClass, String aim, Zone zone, NetworkAddress address,
                             CredentialsReference credentials, Boolean recording) {

    /** A move to {@code location}, a place of class {@code placeClass}, aimed at {@code aim}. */
    public static ProposedChange move(Location location, PlaceClass placeClass, String aim) {
        return new ProposedChange(location, placeClass, aim, null, null, null, null);
    }

    /** A re-aim at {@code aim}. */
    public static ProposedChange reaim(String aim) {
        return new ProposedChange(null, null, aim, null, null, null, null);
    }

    /** A new network address and credentials reference (either may be {@code null} to keep it). */
    public static ProposedChange reconfigure(NetworkAddress address, CredentialsReference credentials) {
        return new ProposedChange(null, null, null, null, address, credentials, null);
    }

    /** Another zone and/or recording switched (either may be {@code null} to keep it). */
    public static ProposedChange changeUse(Zone zone, Boolean recording) {
        return new ProposedChange(null, null, null, zone, null, null, recording);
    }

    /** What does not fit {@code kind}, field by field; empty when it fits. */
    public List<String> problemsFor(ChangeKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<String> problems = new ArrayList<>();
        boolean hasAim = aim != null && !aim.isBlank();
        switch (kind) {
            case MOVE -> {
                if (location == null) {
                    problems.add("location: a move needs the new location");
                }
                forbid(problems, "zone", zone, kind);
                forbid(problems, "address", address, kind);
                forbid(problems, "credentials", credentials, kind);
                forbid(problems, "recording", recording, kind);
            }
            case REAIM -> {
                if (!hasAim) {
                    problems.add("aim: a re-aim needs the new aim");
                }
                forbid(problems, "location", location, kind);
                forbid(problems, "placeClass", placeClass, kind);
                forbid(problems, "zone", zone, kind);
                forbid(problems, "address", address, kind);
                forbid(problems, "credentials", credentials, kind);
                forbid(problems, "recording", recording, kind);
            }
            case RECONFIGURE -> {
                if (address == null && credentials == null) {
                    problems.add("address: a reconfiguration needs a new network address or credentials reference");
                }
                forbid(problems, "location", location, kind);
                forbid(problems, "placeClass", placeClass, kind);
                forbid(problems, "aim", aim, kind);
                forbid(problems, "zone", zone, kind);
                forbid(problems, "recording", recording, kind);
            }
            case CHANGE_USE -> {
                if (zone == null && recording == null) {
                    problems.add("zone: a change of use needs a new zone or recording switched");
                }
                forbid(problems, "location", location, kind);
                forbid(problems, "placeClass", placeClass, kind);
                forbid(problems, "aim", aim, kind);
                forbid(problems, "address", address, kind);
                forbid(problems, "credentials", credentials, kind);
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
        return problems;
    }

    private static void forbid(List<String> problems, String field, Object value, ChangeKind kind) {
        if (value != null) {
            problems.add(field + ": not part of " + kind.gerund() + " a device");
        }
    }

    /** {@code details} after this change; may throw {@link ProhibitedPlace} (DEVICE-07). */
    public DeviceDetails applyTo(DeviceDetails details) {
        DeviceDetails next = details;
        if (location != null || placeClass != null || aim != null) {
            Installation now = details.installation();
            next = next.withInstallation(new Installation(location != null ? location : now.location(),
                    placeClass != null ? placeClass : now.placeClass(), aim != null ? aim : now.aim()));
        }
        if (zone != null) {
            next = next.withZone(zone);
        }
        if (address != null || credentials != null) {
            next = next.withNetwork(address != null ? address : details.address(), credentials != null ? credentials : details.credentials());
        }
        if (recording != null) {
            next = next.withRecording(recording);
        }
        return next;
    }
}
