package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.OnvifException;
import io.watchfloor.adapters.onvif.soap.Soap;
import io.watchfloor.adapters.onvif.soap.Xml;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads ONVIF answers into this module's records. Each parser finds the response as the body's
 * payload and tolerates what real devices vary: prefixes, schema versions, optional elements left
 * out, extensions added. What a caller cannot do without is named in a
 * {@link OnvifException.MalformedAnswer}.
 */
public final class OnvifParsers {

    private OnvifParsers() {
    }

    static Element response(Document answer, String local) {
        Element payload = Soap.payload(answer);
        if (!local.equals(payload.getLocalName())) {
            throw new OnvifException.MalformedAnswer("expected " + local + ", got " + payload.getLocalName(), null);
        }
        return payload;
    }

    /** GetSystemDateAndTime: the UTC time (or the local time with its TZ offset when no UTC is given). */
    public static Instant systemDateAndTime(Document answer) {
        Element sdt = Xml.required(Xml.child(response(answer, "GetSystemDateAndTimeResponse"), "SystemDateAndTime"), "SystemDateAndTime");
        Optional<Element> utc = Xml.child(sdt, "UTCDateTime");
        if (utc.isPresent()) {
            return dateTime(utc.get()).toInstant(ZoneOffset.UTC);
        }
        Element local = Xml.required(Xml.child(sdt, "LocalDateTime"), "UTCDateTime or LocalDateTime");
        return dateTime(local).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime dateTime(Element dateTime) {
        try {
            return LocalDateTime.of(number(dateTime, "Date", "Year"), number(dateTime, "Date", "Month"), number(dateTime, "Date", "Day"),
                    number(dateTime, "Time", "Hour"), number(dateTime, "Time", "Minute"), Math.min(59, number(dateTime, "Time", "Second")));
        } catch (DateTimeException e) {
            throw new OnvifException.MalformedAnswer("the device's date is impossible: " + e.getMessage(), e);
        }
    }

    private static int number(Element parent, String... path) {
        String text = Xml.required(Xml.text(parent, path), String.join("/", path));
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new OnvifException.MalformedAnswer(String.join("/", path) + " is not a number: " + text, e);
        }
    }

    /** GetDeviceInformation. */
    public static DeviceInformation deviceInformation(Document answer) {
        Element r = response(answer, "GetDeviceInformationResponse");
        return new DeviceInformation(Xml.text(r, "Manufacturer").orElse(""), Xml.text(r, "Model").orElse(""),
                Xml.text(r, "FirmwareVersion").orElse(""), Xml.text(r, "SerialNumber").orElse(""), Xml.text(r, "HardwareId").orElse(""));
    }

    /** GetServices: namespace to address, as answered (not yet rewritten). */
    public static Map<String, URI> services(Document answer) {
        Map<String, URI> out = new LinkedHashMap<>();
        for (Element service : Xml.children(response(answer, "GetServicesResponse"), "Service")) {
            Optional<String> namespace = Xml.text(service, "Namespace");
            Optional<URI> address = Xml.text(service, "XAddr").flatMap(OnvifParsers::uri);
            if (namespace.isPresent() && address.isPresent()) {
                out.putIfAbsent(namespace.get(), address.get());
            }
        }
        return out;
    }

    /** GetCapabilities: the same map as {@link #services}, built from the capability sections. */
    public static Map<String, URI> capabilities(Document answer) {
        Element caps = Xml.required(Xml.child(response(answer, "GetCapabilitiesResponse"), "Capabilities"), "Capabilities");
        Map<String, URI> out = new LinkedHashMap<>();
        Map<String, String> sections = Map.of("Device", OnvifNamespaces.DEVICE, "Media", OnvifNamespaces.MEDIA, "PTZ", OnvifNamespaces.PTZ,
                "Events", OnvifNamespaces.EVENTS, "Recording", OnvifNamespaces.RECORDING, "Search", OnvifNamespaces.SEARCH,
                "Replay", OnvifNamespaces.REPLAY);
        List<Element> candidates = new ArrayList<>(Xml.elements(caps));
        Xml.child(caps, "Extension").ifPresent(e -> candidates.addAll(Xml.elements(e)));
        for (Element section : candidates) {
            String namespace = sections.get(section.getLocalName());
            if (namespace != null) {
                Xml.text(section, "XAddr").flatMap(OnvifParsers::uri).ifPresent(u -> out.putIfAbsent(namespace, u));
            }
        }
        return out;
    }

    /** GetScopes: the scope URIs. */
    public static List<String> scopes(Document answer) {
        return Xml.children(response(answer, "GetScopesResponse"), "Scopes").stream()
                .map(s -> Xml.text(s, "ScopeItem").orElse(Xml.text(s))).filter(s -> !s.isEmpty()).toList();
    }

    /** GetProfiles, from Media or Media2. */
    public static List<MediaProfile> profiles(Document answer) {
        List<MediaProfile> out = new ArrayList<>();
        for (Element p : Xml.children(response(answer, "GetProfilesResponse"), "Profiles")) {
            String token = Xml.required(Xml.attribute(p, "token"), "a profile's token");
            String name = Xml.text(p, "Name").orElse(token);
            String source = first(p, "SourceToken").orElse("");
            Optional<Element> encoder = Xml.child(p, "VideoEncoderConfiguration")
                    .or(() -> Xml.path(p, "Configurations", "VideoEncoder"));
            String encoding = encoder.flatMap(e -> Xml.text(e, "Encoding")).orElse("");
            int width = encoder.flatMap(e -> Xml.text(e, "Resolution", "Width")).map(OnvifParsers::integer).orElse(0);
            int height = encoder.flatMap(e -> Xml.text(e, "Resolution", "Height")).map(OnvifParsers::integer).orElse(0);
            boolean ptz = Xml.child(p, "PTZConfiguration").isPresent() || Xml.path(p, "Configurations", "PTZ").isPresent();
            out.add(new MediaProfile(token, name, source, encoding, width, height, ptz));
        }
        return out;
    }

    /** GetStreamUri or GetSnapshotUri, from Media ({@code MediaUri/Uri}) or Media2 ({@code Uri}). */
    public static URI mediaUri(Document answer) {
        Element r = Soap.payload(answer);
        Optional<String> text = Xml.text(r, "MediaUri", "Uri").or(() -> Xml.text(r, "Uri"));
        return Xml.required(text.flatMap(OnvifParsers::uri), "a media URI in " + r.getLocalName());
    }

    /** GetVideoSources. */
    public static List<VideoSource> videoSources(Document answer) {
        return Xml.children(response(answer, "GetVideoSourcesResponse"), "VideoSources").stream()
                .map(v -> new VideoSource(Xml.attribute(v, "token").orElse(""),
                        Xml.text(v, "Framerate").map(OnvifParsers::decimal).orElse(0.0),
                        Xml.text(v, "Resolution", "Width").map(OnvifParsers::integer).orElse(0),
                        Xml.text(v, "Resolution", "Height").map(OnvifParsers::integer).orElse(0)))
                .toList();
    }

    /** GetPresets. */
    public static List<PtzPreset> presets(Document answer) {
        return Xml.children(response(answer, "GetPresetsResponse"), "Preset").stream()
                .map(p -> new PtzPreset(Xml.attribute(p, "token").orElse(""), Xml.text(p, "Name").orElse(""))).toList();
    }

    /** SetPreset: the new preset's token. */
    public static String presetToken(Document answer) {
        return Xml.required(Xml.text(response(answer, "SetPresetResponse"), "PresetToken"), "PresetToken");
    }

    /** GetStatus (PTZ). */
    public static PtzStatus ptzStatus(Document answer) {
        Element status = Xml.required(Xml.child(response(answer, "GetStatusResponse"), "PTZStatus"), "PTZStatus");
        Optional<Element> panTilt = Xml.path(status, "Position", "PanTilt");
        Optional<Element> zoom = Xml.path(status, "Position", "Zoom");
        PtzVector position = new PtzVector(panTilt.flatMap(e -> Xml.attribute(e, "x")).map(OnvifParsers::decimal).orElse(0.0),
                panTilt.flatMap(e -> Xml.attribute(e, "y")).map(OnvifParsers::decimal).orElse(0.0),
                zoom.flatMap(e -> Xml.attribute(e, "x")).map(OnvifParsers::decimal).orElse(0.0));
        return new PtzStatus(position, Xml.text(status, "MoveStatus", "PanTilt").orElse("UNKNOWN"),
                Xml.text(status, "MoveStatus", "Zoom").orElse("UNKNOWN"), Xml.text(status, "Error").orElse(""));
    }

    /** CreatePullPointSubscription. */
    public static Subscription subscription(Document answer) {
        Element r = response(answer, "CreatePullPointSubscriptionResponse");
        URI address = Xml.required(Xml.text(r, "SubscriptionReference", "Address").flatMap(OnvifParsers::uri), "SubscriptionReference/Address");
        Instant current = Xml.text(r, "CurrentTime").flatMap(OnvifParsers::instant).orElse(Instant.EPOCH);
        Instant termination = Xml.text(r, "TerminationTime").flatMap(OnvifParsers::instant).orElse(current.plusSeconds(60));
        return new Subscription(address, current, termination);
    }

    /** Renew: the new termination time, if the device tells it. */
    public static Optional<Instant> renewed(Document answer) {
        return Xml.text(response(answer, "RenewResponse"), "TerminationTime").flatMap(OnvifParsers::instant);
    }

    /** PullMessages: the notifications, in order. */
    public static List<Notification> notifications(Document answer) {
        Element r = response(answer, "PullMessagesResponse");
        List<Notification> out = new ArrayList<>();
        for (Element n : Xml.children(r, "NotificationMessage")) {
            String topic = Xml.text(n, "Topic").map(OnvifParsers::stripTopicPrefixes).orElse("");
            Optional<Element> message = Xml.path(n, "Message", "Message").or(() -> Xml.child(n, "Message"));
            Optional<Instant> time = message.flatMap(m -> Xml.attribute(m, "UtcTime")).flatMap(OnvifParsers::instant);
            String operation = message.flatMap(m -> Xml.attribute(m, "PropertyOperation")).orElse("");
            out.add(new Notification(topic, time, operation, items(message, "Source"), items(message, "Data")));
        }
        return out;
    }

    private static Map<String, String> items(Optional<Element> message, String part) {
        Map<String, String> out = new LinkedHashMap<>();
        message.flatMap(m -> Xml.child(m, part)).ifPresent(p -> {
            for (Element item : Xml.children(p, "SimpleItem")) {
                Xml.attribute(item, "Name").ifPresent(name -> out.put(name, item.getAttribute("Value")));
            }
        });
        return out;
    }

    /** {@code tns1:VideoSource/tnsaxis:Tampering} becomes {@code VideoSource/Tampering}. */
    static String stripTopicPrefixes(String topic) {
        return Arrays.stream(topic.trim().split("/")).map(s -> s.substring(s.indexOf(':') + 1)).reduce((a, b) -> a + "/" + b).orElse("");
    }

    /** GetRecordings (recording service) or the results of FindRecordings/GetRecordingSearchResults (search service). */
    public static List<Recording> recordings(Document answer) {
        Element r = Soap.payload(answer);
        List<Recording> out = new ArrayList<>();
        List<Element> items = new ArrayList<>(Xml.children(r, "RecordingItem"));
        Xml.path(r, "ResultList").ifPresent(list -> items.addAll(Xml.children(list, "RecordingInformation")));
        for (Element item : items) {
            String token = Xml.text(item, "RecordingToken").or(() -> Xml.attribute(item, "token").or(() -> Xml.text(item, "Token"))).orElse("");
            String source = Xml.text(item, "Configuration", "Source", "Name").or(() -> Xml.text(item, "Source", "Name")).orElse("");
            Optional<Instant> earliest = Xml.text(item, "EarliestRecording").flatMap(OnvifParsers::instant);
            Optional<Instant> latest = Xml.text(item, "LatestRecording").flatMap(OnvifParsers::instant);
            out.add(new Recording(token, source, earliest, latest));
        }
        return out;
    }

    /** FindRecordings: the search token. */
    public static String searchToken(Document answer) {
        return Xml.required(Xml.text(Soap.payload(answer), "SearchToken"), "SearchToken");
    }

    /** GetRecordingSearchResults: whether the search has finished. */
    public static boolean searchCompleted(Document answer) {
        return Xml.text(Soap.payload(answer), "ResultList", "SearchState").map(s -> s.equals("Completed")).orElse(true);
    }

    /** GetRecordingSummary. */
    public static RecordingSummary recordingSummary(Document answer) {
        Element summary = Xml.required(Xml.child(response(answer, "GetRecordingSummaryResponse"), "Summary"), "Summary");
        return new RecordingSummary(Xml.required(Xml.text(summary, "DataFrom").flatMap(OnvifParsers::instant), "DataFrom"),
                Xml.required(Xml.text(summary, "DataUntil").flatMap(OnvifParsers::instant), "DataUntil"),
                Xml.text(summary, "NumberRecordings").map(OnvifParsers::integer).orElse(0));
    }

    /**
     * GetStorageConfigurations. ONVIF gives no capacity or free space; devices that tell them put
     * them in the configuration's {@code Extension} (elements named {@code Capacity}/{@code TotalSize}
     * and {@code Free}/{@code FreeSpace}/{@code FreeSize}, in bytes, and {@code Status}), which is read
     * where present.
     */
    public static List<StorageInformation> storage(Document answer) {
        List<StorageInformation> out = new ArrayList<>();
        for (Element c : Xml.children(response(answer, "GetStorageConfigurationsResponse"), "StorageConfigurations")) {
            Optional<Element> data = Xml.child(c, "Data");
            String type = data.flatMap(d -> Xml.attribute(d, "type")).orElse("");
            String path = data.flatMap(d -> Xml.text(d, "LocalPath")).orElse("");
            Optional<Element> extension = data.flatMap(d -> Xml.child(d, "Extension"));
            OptionalLong capacity = bytes(extension, "Capacity", "TotalSize");
            OptionalLong free = bytes(extension, "Free", "FreeSpace", "FreeSize");
            String status = extension.flatMap(e -> Xml.text(e, "Status")).orElse("");
            out.add(new StorageInformation(Xml.attribute(c, "token").orElse(""), type, path, capacity, free, status));
        }
        return out;
    }

    private static OptionalLong bytes(Optional<Element> extension, String... names) {
        for (String name : names) {
            Optional<String> text = extension.flatMap(e -> Xml.text(e, name));
            if (text.isPresent()) {
                try {
                    return OptionalLong.of(Long.parseLong(text.get()));
                } catch (NumberFormatException e) {
                    throw new OnvifException.MalformedAnswer(name + " is not a number of bytes: " + text.get(), e);
                }
            }
        }
        return OptionalLong.empty();
    }

    /** A WS-Discovery ProbeMatches message. */
    public static List<ProbeMatch> probeMatches(Document answer) {
        List<ProbeMatch> out = new ArrayList<>();
        Element matches = Xml.required(Xml.first(answer, OnvifNamespaces.DISCOVERY, "ProbeMatches"), "ProbeMatches");
        for (Element m : Xml.children(matches, "ProbeMatch")) {
            String endpoint = Xml.text(m, "EndpointReference", "Address").orElse("");
            List<URI> xaddrs = words(Xml.text(m, "XAddrs")).stream().map(OnvifParsers::uri).flatMap(Optional::stream).toList();
            out.add(new ProbeMatch(endpoint, words(Xml.text(m, "Types")), words(Xml.text(m, "Scopes")), xaddrs));
        }
        return out;
    }

    private static List<String> words(Optional<String> text) {
        return text.map(t -> Arrays.stream(t.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    private static Optional<String> first(Element root, String local) {
        return Xml.descendants(root, local).stream().map(Xml::text).filter(s -> !s.isEmpty()).findFirst();
    }

    static Optional<URI> uri(String text) {
        try {
            URI uri = new URI(text.trim());
            return uri.getScheme() == null ? Optional.empty() : Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** xs:dateTime as devices write it: with Z, an offset, or none (read as UTC), with or without fractions. */
    static Optional<Instant> instant(String text) {
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** xs:duration as {@code PT60S}; only day-time durations. */
    static Optional<Duration> duration(String text) {
        try {
            return Optional.of(Duration.parse(text.trim().toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new OnvifException.MalformedAnswer("not a whole number: " + text, e);
        }
    }

    private static double decimal(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new OnvifException.MalformedAnswer("not a number: " + text, e);
        }
    }
}
