package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.adapters.onvif.soap.OnvifException;
import io.watchfloor.adapters.onvif.soap.Soap;
import io.watchfloor.adapters.onvif.soap.SoapClient;
import io.watchfloor.adapters.onvif.soap.UsernameToken;
import io.watchfloor.adapters.onvif.soap.Xml;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * One ONVIF device: device management, media (Media2 where offered, else Media), snapshots, PTZ,
 * pull-point events, Profile G recordings and storage. Thread-safe.
 *
 * <p>Authentication is chosen from the device's answers: the first call is an unauthenticated
 * GetSystemDateAndTime that measures the clock skew; every later call carries a WS-UsernameToken
 * (PasswordDigest) dated in the device's time, and answers an HTTP Digest (MD5 or SHA-256, fresh
 * nonces) or Basic challenge if the device sends one, so devices that want either or both are
 * served. A refusal is retried once after re-reading the device's clock (its clock may have jumped).
 * Every failure is an {@link OnvifException}.
 */
public final class OnvifDevice {

    private static final Logger LOG = LoggerFactory.getLogger(OnvifDevice.class);
    private static final String TT = "xmlns:tt=\"" + OnvifNamespaces.SCHEMA + "\"";

    private final SoapClient soap;
    private final URI deviceService;
    private final Optional<Credentials> credentials;
    private final OnvifSettings settings;
    private final Clock clock;
    private volatile Duration skew = Duration.ZERO;
    private volatile boolean skewKnown;
    private volatile Services services;

    OnvifDevice(SoapClient soap, URI deviceService, Optional<Credentials> credentials, OnvifSettings settings, Clock clock) {
        this.soap = Objects.requireNonNull(soap, "soap");
        this.deviceService = Objects.requireNonNull(deviceService, "deviceService");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The device service's address, as given. */
    public URI address() {
        return deviceService;
    }

    /** The last measured skew: how far the device's clock runs ahead of ours. */
    public Duration skew() {
        return skew;
    }

    // ---------------------------------------------------------------- device management

    /** GetSystemDateAndTime, unauthenticated; measures and keeps the skew. */
    public DeviceTime systemDateAndTime() {
        Instant sent = clock.instant();
        long start = System.nanoTime();
        Document answer = call(deviceService, OnvifNamespaces.DEVICE, "tds", "GetSystemDateAndTime", "", false, "");
        Duration roundTrip = Duration.ofNanos(System.nanoTime() - start);
        DeviceTime time = new DeviceTime(OnvifParsers.systemDateAndTime(answer), sent.plus(roundTrip.dividedBy(2)), roundTrip);
        skew = time.skew();
        skewKnown = true;
        return time;
    }

    /** GetDeviceInformation. */
    public DeviceInformation deviceInformation() {
        return OnvifParsers.deviceInformation(device("GetDeviceInformation", ""));
    }

    /** GetScopes. */
    public List<String> scopes() {
        return OnvifParsers.scopes(device("GetScopes", ""));
    }

    /** GetStorageConfigurations. */
    public List<StorageInformation> storage() {
        return OnvifParsers.storage(device("GetStorageConfigurations", ""));
    }

    /**
     * The service addresses, asked once: GetServices, or GetCapabilities from devices without it;
     * rewritten for NAT when the settings say so.
     */
    public Services services() {
        Services known = services;
        if (known != null) {
            return known;
        }
        Map<String, URI> answered;
        try {
            answered = OnvifParsers.services(device("GetServices", "<tds:IncludeCapability>false</tds:IncludeCapability>"));
        } catch (OnvifException.Fault | OnvifException.MalformedAnswer e) {
            LOG.debug("{} has no usable GetServices ({}); asking GetCapabilities", deviceService, e.getMessage());
            answered = OnvifParsers.capabilities(device("GetCapabilities", "<tds:Category>All</tds:Category>"));
        }
        Map<String, URI> usable = new LinkedHashMap<>();
        answered.forEach((namespace, uri) -> usable.put(namespace, reachable(uri)));
        usable.putIfAbsent(OnvifNamespaces.DEVICE, deviceService);
        Services found = new Services(usable);
        services = found;
        return found;
    }

    /** Forgets the service addresses, so the next call asks again (after a device restarts). */
    public void forgetServices() {
        services = null;
    }

    // ---------------------------------------------------------------- media

    /** The media profiles, from Media2 where the device offers it, else Media. */
    public List<MediaProfile> profiles() {
        Optional<URI> media2 = services().address(OnvifNamespaces.MEDIA2);
        if (media2.isPresent()) {
            return OnvifParsers.profiles(call(media2.get(), OnvifNamespaces.MEDIA2, "tr2", "GetProfiles", "<tr2:Type>All</tr2:Type>", true, ""));
        }
        return OnvifParsers.profiles(call(media(), OnvifNamespaces.MEDIA, "trt", "GetProfiles", "", true, ""));
    }

    /** The RTSP stream URI of a profile (Media2 where offered), rewritten for NAT. */
    public URI streamUri(String profile) {
        Optional<URI> media2 = services().address(OnvifNamespaces.MEDIA2);
        Document answer = media2.isPresent()
                ? call(media2.get(), OnvifNamespaces.MEDIA2, "tr2", "GetStreamUri",
                        "<tr2:Protocol>RTSP</tr2:Protocol><tr2:ProfileToken>" + Xml.escape(profile) + "</tr2:ProfileToken>", true, "")
                : call(media(), OnvifNamespaces.MEDIA, "trt", "GetStreamUri",
                        "<trt:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream><tt:Transport><tt:Protocol>RTSP</tt:Protocol></tt:Transport></trt:StreamSetup>"
                                + "<trt:ProfileToken>" + Xml.escape(profile) + "</trt:ProfileToken>", true, "");
        return reachable(OnvifParsers.mediaUri(answer));
    }

    /** The snapshot URI of a profile (Media2 where offered), rewritten for NAT. */
    public URI snapshotUri(String profile) {
        Optional<URI> media2 = services().address(OnvifNamespaces.MEDIA2);
        Document answer = media2.isPresent()
                ? call(media2.get(), OnvifNamespaces.MEDIA2, "tr2", "GetSnapshotUri", "<tr2:ProfileToken>" + Xml.escape(profile) + "</tr2:ProfileToken>", true, "")
                : call(media(), OnvifNamespaces.MEDIA, "trt", "GetSnapshotUri", "<trt:ProfileToken>" + Xml.escape(profile) + "</trt:ProfileToken>", true, "");
        return reachable(OnvifParsers.mediaUri(answer));
    }

    /** Downloads a snapshot of a profile (JPEG bytes), answering a Digest or Basic challenge as the device asks. */
    public byte[] snapshot(String profile) {
        return soap.get(snapshotUri(profile), credentials, settings.timeout(), settings.maxAnswerBytes());
    }

    /** The video sources (Media). */
    public List<VideoSource> videoSources() {
        return OnvifParsers.videoSources(call(media(), OnvifNamespaces.MEDIA, "trt", "GetVideoSources", "", true, ""));
    }

    private URI media() {
        return services().address(OnvifNamespaces.MEDIA)
                .orElseThrow(() -> new OnvifException.Fault(200, "Receiver", "ActionNotSupported", "the device offers no media service"));
    }

    // ---------------------------------------------------------------- PTZ

    /** The PTZ service of this device, or a NotSupported fault when it has none. */
    public OnvifPtz ptz() {
        URI ptz = services().address(OnvifNamespaces.PTZ)
                .orElseThrow(() -> new OnvifException.Fault(200, "Receiver", "ActionNotSupported", "the device offers no PTZ service"));
        return new OnvifPtz(this, ptz);
    }

    // ---------------------------------------------------------------- events

    /** The event service of this device, or a NotSupported fault when it has none. */
    public OnvifEvents events() {
        URI events = services().address(OnvifNamespaces.EVENTS)
                .orElseThrow(() -> new OnvifException.Fault(200, "Receiver", "ActionNotSupported", "the device offers no event service"));
        return new OnvifEvents(this, events);
    }

    // ---------------------------------------------------------------- Profile G

    /** The recording, search and replay services (Profile G), or a NotSupported fault when the device has no search service. */
    public OnvifRecordings recordings() {
        Services s = services();
        URI search = s.address(OnvifNamespaces.SEARCH)
                .orElseThrow(() -> new OnvifException.Fault(200, "Receiver", "ActionNotSupported", "the device offers no recording search (Profile G)"));
        return new OnvifRecordings(this, s.address(OnvifNamespaces.RECORDING), search, s.address(OnvifNamespaces.REPLAY));
    }

    // ---------------------------------------------------------------- calls

    private Document device(String operation, String content) {
        return call(deviceService, OnvifNamespaces.DEVICE, "tds", operation, content, true, "");
    }

    /** {@code answered} as reachable from here (NAT rewriting, when on). */
    URI reachable(URI answered) {
        return settings.rewriteAddresses() ? Addresses.rewrite(answered, deviceService) : answered;
    }

    OnvifSettings settings() {
        return settings;
    }

    /**
     * Calls {@code prefix:operation} (in {@code namespace}) at {@code address} with this content,
     * with a UsernameToken when {@code authenticated} and credentials exist, plus {@code extraHeader}.
     */
    Document call(URI address, String namespace, String prefix, String operation, String content, boolean authenticated, String extraHeader) {
        return call(address, namespace, prefix, operation, content, authenticated, extraHeader, settings.timeout());
    }

    Document call(URI address, String namespace, String prefix, String operation, String content, boolean authenticated, String extraHeader,
            Duration timeout) {
        String body = "<" + prefix + ":" + operation + " xmlns:" + prefix + "=\"" + namespace + "\" " + TT + ">" + content + "</" + prefix + ":" + operation + ">";
        String action = namespace + "/" + operation;
        boolean token = authenticated && credentials.isPresent();
        if (token && !skewKnown) {
            try {
                systemDateAndTime();
            } catch (OnvifException.Fault | OnvifException.AuthenticationRefused | OnvifException.MalformedAnswer e) {
                LOG.debug("{} did not tell its time ({}); dating tokens by our clock", deviceService, e.getMessage());
                skewKnown = true;
            }
        }
        try {
            return soap.call(address, action, envelope(token, extraHeader, body), credentials, timeout);
        } catch (OnvifException.AuthenticationRefused refused) {
            if (!token) {
                throw refused;
            }
            Duration before = skew;
            systemDateAndTime();
            if (skew.minus(before).abs().compareTo(Duration.ofSeconds(2)) < 0) {
                throw refused;
            }
            LOG.info("{} refused a token; its clock moved by {}, retrying once", deviceService, skew.minus(before));
            return soap.call(address, action, envelope(true, extraHeader, body), credentials, timeout);
        }
    }

    private String envelope(boolean token, String extraHeader, String body) {
        String security = token ? UsernameToken.header(credentials.orElseThrow(), clock.instant().plus(skew)) : "";
        return Soap.envelope(security + extraHeader, body);
    }
}
