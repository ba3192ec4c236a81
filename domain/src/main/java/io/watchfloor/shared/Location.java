package io.watchfloor.shared;

import java.util.Objects;

/**
 * A place: WGS-84 coordinates in decimal degrees plus a free-text address as people say it.
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record Location(double latitude, double longitude, String address) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /**
     * Refuses a latitude outside -90..90, a longitude outside -180..180 or a blank address.
     *
     * @param latitude WGS-84 degrees north
     * @param longitude WGS-84 degrees east
     * @param address the address as people say it
     */
    public Location {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be -90 to 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be -180 to 180, was " + longitude);
        }
        Objects.requireNonNull(address, "address");
    }

    /**
     * {@return the great-circle distance to {@code other} in metres (haversine)}
     *
     * @param other another place
     */
    public double metresTo(Location other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
