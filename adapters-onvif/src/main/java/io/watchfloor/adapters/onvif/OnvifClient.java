package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.adapters.onvif.soap.SoapClient;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point: one client per deployment, sharing one connection pool among all devices.
 * {@code client.device(URI.create("http://10.20.3.17/onvif/device_service"), credentials)} gives
 * an {@link OnvifDevice}. Close it at shutdown.
 */
public final class OnvifClient implements AutoCloseable {

    private final SoapClient soap;
    private final OnvifSettings settings;
    private final Clock clock;

    /** A client with these settings, reading time from {@code clock}. */
    public OnvifClient(OnvifSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.soap = new SoapClient(settings.maxConnections(), settings.maxAnswerBytes());
    }

    /** A client with {@link OnvifSettings#defaults()} on the system clock. */
    public static OnvifClient withDefaults() {
        return new OnvifClient(OnvifSettings.defaults(), Clock.systemUTC());
    }

    /** The device whose device service answers at {@code deviceService}; no call is made yet. */
    public OnvifDevice device(URI deviceService, Optional<Credentials> credentials) {
        return new OnvifDevice(soap, deviceService, credentials, settings, clock);
    }

    /** The settings in use. */
    public OnvifSettings settings() {
        return settings;
    }

    /** The SOAP transport (for the discovery of snapshots and tests). */
    SoapClient soap() {
        return soap;
    }

    @Override
    public void close() {
        soap.close();
    }
}
