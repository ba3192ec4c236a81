package io.watchfloor.adapters.onvif;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.watchfloor.adapters.onvif.soap.SafeXml;
import io.watchfloor.adapters.onvif.soap.Soap;
import io.watchfloor.adapters.onvif.soap.UsernameToken;
import io.watchfloor.adapters.onvif.soap.Xml;
import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.CredentialsReference;
import io.watchfloor.devices.NetworkAddress;
import io.watchfloor.devices.PictureProblem;
import io.watchfloor.devices.StorageCondition;
import io.watchfloor.devices.StorageState;
import io.watchfloor.shared.CameraId;
import io.watchfloor.testkit.devices.CameraControl;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A fake ONVIF camera: a real HTTP server on 127.0.0.1 that answers SOAP with the captured answers of
 * real cameras (their addresses are 192.168.68.111, so the client must rewrite them: NAT), plus a
 * tiny RTSP server. It checks WS-UsernameToken digests and their Created against its own clock
 * (refusing tokens off by more than the allowed skew), HTTP Digest (MD5 or SHA-256, single-use
 * nonces) or Basic, and can misbehave on demand: offline, slow, HTML 401 pages, faults under 400 or
 * 500, hostile XML, huge bodies, dropped pull connections, refused renewals.
 */
final class FakeOnvifDevice implements CameraControl, AutoCloseable {

    /** How the device wants callers to authenticate. */
    enum Auth { NONE, USERNAME_TOKEN, DIGEST_MD5, DIGEST_SHA256, BASIC, TOKEN_AND_DIGEST }

    /** What it answers instead of the right answer, for every call but GetSystemDateAndTime unless said otherwise. */
    enum Misbehaviour { NONE, HTML_401, FAULT_400, FAULT_500, FAULT_200, SLOW, DTD_BILLION_LAUGHS, EXTERNAL_ENTITY, HUGE_BODY, NOT_XML, DEEP_NESTING }

    static final String USER = "admin";
    static final String PASSWORD = "cam-pass-0017";
    static final String CREDENTIALS_REFERENCE = "vault:cctv/test/cam-0017";

    private final CameraId camera = CameraId.newId();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-onvif");
        t.setDaemon(true);
        return t;
    });
    private final int port;
    private final int rtspPort;
    private HttpServer http;
    private ServerSocket rtsp;

    private volatile Auth auth = Auth.USERNAME_TOKEN;
    private volatile Misbehaviour misbehaviour = Misbehaviour.NONE;
    private volatile boolean misbehaveOnClockToo;
    private volatile Duration allowedSkew = Duration.ofSeconds(5);
    private volatile Duration clockOffset = Duration.ZERO;
    private volatile Duration slowness = Duration.ofSeconds(10);
    private volatile boolean refuseCredentials;
    private volatile String streamDown;
    private volatile Set<PictureProblem> picture = Set.of();
    private volatile StorageState storage = new StorageState(256L << 30, 200L << 30, StorageCondition.OK);
    private volatile boolean media2;
    private volatile boolean profileG;
    private volatile boolean getServices = true;
    private volatile boolean refuseRenew;
    private volatile Duration dropPullsAfter;
    private volatile List<String> pendingEvents = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> nonces = new ConcurrentHashMap<>();
    private final List<String> operations = new CopyOnWriteArrayList<>();
    private final List<String> authenticatedWith = new CopyOnWriteArrayList<>();
    private final List<String> requestBodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicInteger unsubscribes = new AtomicInteger();
    private final Map<String, String> presets = new LinkedHashMap<>();

    FakeOnvifDevice() {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            port = http.getAddress().getPort();
            rtsp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            rtspPort = rtsp.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startHttp();
        startRtsp();
        presets.put("1", "Gate");
    }

    // ------------------------------------------------------------------ CameraControl

    @Override
    public CameraEndpoint endpoint() {
        return new CameraEndpoint(camera, new NetworkAddress("127.0.0.1:" + port), new CredentialsReference(CREDENTIALS_REFERENCE));
    }

    @Override
    public synchronized void goOffline() {
        http.stop(0);
        try {
            rtsp.close();
        } catch (IOException ignored) {
            // closed
        }
    }

    @Override
    public synchronized void comeBack() {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            rtsp = new ServerSocket();
            rtsp.setReuseAddress(true);
            rtsp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), rtspPort));
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen again on " + port, e);
        }
        startHttp();
        startRtsp();
    }

    @Override
    public void setClockOffset(Duration offset) {
        clockOffset = offset;
    }

    @Override
    public void stopStream(String why) {
        streamDown = why;
    }

    @Override
    public void reportPicture(Set<PictureProblem> problems) {
        picture = Set.copyOf(problems);
    }

    @Override
    public void withoutPictureAnalysis() {
        picture = null;
    }

    @Override
    public void setStorage(StorageState state) {
        storage = state;
    }

    @Override
    public void withoutStorage() {
        storage = null;
    }

    @Override
    public void refuseCredentials() {
        refuseCredentials = true;
    }

    // ------------------------------------------------------------------ knobs

    FakeOnvifDevice auth(Auth mode) {
        auth = mode;
        return this;
    }

    FakeOnvifDevice misbehave(Misbehaviour how) {
        misbehaviour = how;
        return this;
    }

    FakeOnvifDevice misbehaveOnClockToo() {
        misbehaveOnClockToo = true;
        return this;
    }

    FakeOnvifDevice allowedSkew(Duration skew) {
        allowedSkew = skew;
        return this;
    }

    FakeOnvifDevice slowness(Duration howSlow) {
        slowness = howSlow;
        return this;
    }

    FakeOnvifDevice withMedia2() {
        media2 = true;
        return this;
    }

    FakeOnvifDevice withProfileG() {
        profileG = true;
        return this;
    }

    FakeOnvifDevice withoutGetServices() {
        getServices = false;
        return this;
    }

    FakeOnvifDevice refuseRenew() {
        refuseRenew = true;
        return this;
    }

    FakeOnvifDevice dropPullsAfter(Duration after) {
        dropPullsAfter = after;
        return this;
    }

    /** Queues a notification (topic and data item) for the next pull. */
    FakeOnvifDevice raise(String topic, String item, boolean value) {
        pendingEvents.add(notification(topic, item, value, "Changed"));
        return this;
    }

    int port() {
        return port;
    }

    String deviceService() {
        return "http://127.0.0.1:" + port + "/onvif/device_service";
    }

    List<String> operations() {
        return List.copyOf(operations);
    }

    List<String> authenticatedWith() {
        return List.copyOf(authenticatedWith);
    }

    List<String> requestBodies() {
        return List.copyOf(requestBodies);
    }

    int subscriptions() {
        return subscriptions.get();
    }

    int renewals() {
        return renewals.get();
    }

    int unsubscribes() {
        return unsubscribes.get();
    }

    Map<String, String> presets() {
        synchronized (presets) {
            return Map.copyOf(presets);
        }
    }

    private Instant now() {
        return Instant.now().plus(clockOffset);
    }

    // ------------------------------------------------------------------ HTTP

    private void startHttp() {
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestMethod().equals("GET")) {
                if (!httpAuthenticated(exchange)) {
                    return;
                }
                send(exchange, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
                return;
            }
            Document document = SafeXml.parse(request);
            Element operation = Soap.payload(document);
            String name = operation.getLocalName();
            operations.add(name);
            requestBodies.add(new String(request, StandardCharsets.UTF_8));
            boolean clockCall = name.equals("GetSystemDateAndTime");
            if (misbehaviour != Misbehaviour.NONE && (!clockCall || misbehaveOnClockToo)) {
                misbehave(exchange);
                return;
            }
            if (!clockCall) {
                if ((auth == Auth.DIGEST_MD5 || auth == Auth.DIGEST_SHA256 || auth == Auth.BASIC || auth == Auth.TOKEN_AND_DIGEST)
                        && !httpAuthenticated(exchange)) {
                    return;
                }
                if (auth == Auth.USERNAME_TOKEN || auth == Auth.TOKEN_AND_DIGEST) {
                    Optional<String> refusal = tokenRefusal(document);
                    if (refusal.isPresent()) {
                        soap(exchange, 400, fault("env:Sender", "ter:NotAuthorized", refusal.get()));
                        return;
                    }
                    authenticatedWith.add("UsernameToken");
                }
            }
            if (name.equals("PullMessages") && dropPullsAfter != null) {
                sleep(dropPullsAfter);
                dropPullsAfter = null;
                return; // closes without an answer
            }
            soap(exchange, 200, answer(name, operation, operation.getNamespaceURI()));
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", ("fake device failed: " + e).getBytes(StandardCharsets.UTF_8));
        }
    }

    private Optional<String> tokenRefusal(Document document) {
        Optional<Element> token = Xml.first(document, "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd", "UsernameToken");
        if (token.isEmpty()) {
            return Optional.of("a UsernameToken is required");
        }
        String user = Xml.text(token.get(), "Username").orElse("");
        String password = Xml.text(token.get(), "Password").orElse("");
        String nonce = Xml.text(token.get(), "Nonce").orElse("");
        String created = Xml.text(token.get(), "Created").orElse("");
        Instant createdAt;
        try {
            createdAt = Instant.parse(created);
        } catch (RuntimeException e) {
            return Optional.of("Created is not a time");
        }
        if (Duration.between(now(), createdAt).abs().compareTo(allowedSkew) > 0) {
            return Optional.of("the token's Created " + created + " is too far from the device's time " + now());
        }
        String expected = UsernameToken.digest(Base64.getDecoder().decode(nonce), created, refuseCredentials ? "wrong" : PASSWORD);
        if (!user.equals(USER) || !expected.equals(password)) {
            return Optional.of("the sender is not authorized");
        }
        return Optional.empty();
    }

    private boolean httpAuthenticated(HttpExchange exchange) throws IOException {
        if (auth == Auth.NONE || auth == Auth.USERNAME_TOKEN) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String password = refuseCredentials ? "wrong" : PASSWORD;
        if (header != null && auth == Auth.BASIC && header.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            if (pair.equals(USER + ":" + password)) {
                authenticatedWith.add("Basic");
                return true;
            }
        }
        if (header != null && auth != Auth.BASIC && header.startsWith("Digest ")) {
            Map<String, String> p = digestParameters(header.substring(7));
            String algorithm = auth == Auth.DIGEST_SHA256 ? "SHA-256" : "MD5";
            String nonce = p.getOrDefault("nonce", "");
            boolean fresh = nonces.remove(nonce) != null;
            String ha1 = hash(algorithm, USER + ":" + p.get("realm") + ":" + password);
            String ha2 = hash(algorithm, exchange.getRequestMethod() + ":" + p.get("uri"));
            String expected = hash(algorithm, ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":" + p.get("qop") + ":" + ha2);
            if (fresh && USER.equals(p.get("username")) && expected.equals(p.get("response"))
                    && (algorithm.equals("MD5") || "SHA-256".equalsIgnoreCase(p.get("algorithm")))) {
                authenticatedWith.add("Digest " + algorithm);
                return true;
            }
        }
        String challenge = auth == Auth.BASIC ? "Basic realm=\"fake-camera\""
                : "Digest realm=\"fake-camera\", qop=\"auth\", nonce=\"" + newNonce() + "\", opaque=\"0a1b\", algorithm="
                + (auth == Auth.DIGEST_SHA256 ? "SHA-256" : "MD5");
        exchange.getResponseHeaders().add("WWW-Authenticate", challenge);
        send(exchange, 401, "text/html", "<html><head><title>401 Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        return false;
    }

    private String newNonce() {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        nonces.put(nonce, true);
        return nonce;
    }

    private static Map<String, String> digestParameters(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        var m = java.util.regex.Pattern.compile("(\\w+)=(\"([^\"]*)\"|([^,\\s]*))").matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4));
        }
        return out;
    }

    private static String hash(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void misbehave(HttpExchange exchange) throws IOException {
        switch (misbehaviour) {
            case HTML_401 -> send(exchange, 401, "text/html", "<html><body><h1>401 Unauthorized</h1>Login required</body></html>".getBytes(StandardCharsets.UTF_8));
            case FAULT_400 -> soap(exchange, 400, fault("env:Sender", "ter:InvalidArgVal", "The argument value is invalid"));
            case FAULT_500 -> soap(exchange, 500, fault("env:Receiver", "ter:ActionNotSupported", "Optional Action Not Implemented"));
            case FAULT_200 -> soap(exchange, 200, fault("env:Receiver", "ter:Action", "Something failed"));
            case SLOW -> {
                sleep(slowness);
                soap(exchange, 200, answer("GetSystemDateAndTime", null, OnvifNamespaces.DEVICE));
            }
            case DTD_BILLION_LAUGHS -> send(exchange, 200, "application/soap+xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                    <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                    <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                    <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                    <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
                    <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><x>&lol9;</x></s:Body></s:Envelope>"""
                    .getBytes(StandardCharsets.UTF_8));
            case EXTERNAL_ENTITY -> send(exchange, 200, "application/soap+xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE e [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                    <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><x>&secret;</x></s:Body></s:Envelope>"""
                    .getBytes(StandardCharsets.UTF_8));
            case NOT_XML -> send(exchange, 200, "application/soap+xml", "{\"error\": \"this is JSON\"}".getBytes(StandardCharsets.UTF_8));
            case DEEP_NESTING -> send(exchange, 200, "application/soap+xml", ("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>"
                    + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</s:Body></s:Envelope>").getBytes(StandardCharsets.UTF_8));
            case HUGE_BODY -> {
                exchange.getResponseHeaders().set("Content-Type", "application/soap+xml");
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = ("<x>" + "a".repeat(8185) + "</x>").getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>".getBytes(StandardCharsets.UTF_8));
                    for (long sent = 0; sent < 100L << 20; sent += chunk.length) {
                        out.write(chunk);
                    }
                } catch (IOException closedByTheClient) {
                    // the client stopped reading: what it should do
                }
            }
            case NONE -> throw new IllegalStateException("not misbehaving");
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException closedByTheClient) {
            // fine
        }
    }

    private static void soap(HttpExchange exchange, int status, String envelope) throws IOException {
        send(exchange, status, "application/soap+xml; charset=utf-8", envelope.getBytes(StandardCharsets.UTF_8));
    }

    static String fault(String code, String subcode, String reason) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error">
                <env:Body><env:Fault><env:Code><env:Value>%s</env:Value><env:Subcode><env:Value>%s</env:Value></env:Subcode></env:Code>
                <env:Reason><env:Text xml:lang="en">%s</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>""".formatted(code, subcode, reason);
    }

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\" "
                + "xmlns:tt=\"http://www.onvif.org/ver10/schema\" xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" "
                + "xmlns:tr2=\"http://www.onvif.org/ver20/media/wsdl\" xmlns:tev=\"http://www.onvif.org/ver10/events/wsdl\" "
                + "xmlns:wsnt=\"http://docs.oasis-open.org/wsn/b-2\" xmlns:wstop=\"http://docs.oasis-open.org/wsn/t-1\" "
                + "xmlns:tns1=\"http://www.onvif.org/ver10/topics\" xmlns:tptz=\"http://www.onvif.org/ver20/ptz/wsdl\" "
                + "xmlns:trc=\"http://www.onvif.org/ver10/recording/wsdl\" xmlns:tse=\"http://www.onvif.org/ver10/search/wsdl\" "
                + "xmlns:trp=\"http://www.onvif.org/ver10/replay/wsdl\" xmlns:wsa5=\"http://www.w3.org/2005/08/addressing\">"
                + "<SOAP-ENV:Body>" + body + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    // ------------------------------------------------------------------ answers

    private String answer(String name, Element operation, String namespace) {
        Instant now = now();
        boolean isMedia2 = OnvifNamespaces.MEDIA2.equals(namespace);
        return switch (name) {
            case "GetSystemDateAndTime" -> systemDateAndTime(now);
            case "GetDeviceInformation" -> Captures.raw("GetDeviceInformation.xml");
            case "GetCapabilities" -> Captures.raw("GetCapabilities.xml");
            case "GetServices" -> getServices ? services() : fault("env:Receiver", "ter:ActionNotSupported", "GetServices is not supported");
            case "GetScopes" -> envelope("<tds:GetScopesResponse><tds:Scopes><tt:ScopeDef>Fixed</tt:ScopeDef>"
                    + "<tt:ScopeItem>onvif://www.onvif.org/name/Gate%20camera</tt:ScopeItem></tds:Scopes><tds:Scopes><tt:ScopeDef>Configurable</tt:ScopeDef>"
                    + "<tt:ScopeItem>onvif://www.onvif.org/location/Pudong</tt:ScopeItem></tds:Scopes></tds:GetScopesResponse>");
            case "GetStorageConfigurations" -> storageConfigurations();
            case "GetProfiles" -> isMedia2 ? media2Profiles() : Captures.raw("GetProfiles.xml");
            case "GetStreamUri" -> isMedia2 ? envelope("<tr2:GetStreamUriResponse><tr2:Uri>rtsp://192.168.68.111:" + rtspPort + "/media2/main</tr2:Uri></tr2:GetStreamUriResponse>")
                    : Captures.raw("GetStreamUri.xml").replace("rtsp://192.168.68.111/", "rtsp://192.168.68.111:" + rtspPort + "/");
            case "GetSnapshotUri" -> isMedia2 ? envelope("<tr2:GetSnapshotUriResponse><tr2:Uri>http://192.168.68.111/snap/main.jpg</tr2:Uri></tr2:GetSnapshotUriResponse>")
                    : Captures.raw("GetSnapshotUri.xml");
            case "GetVideoSources" -> Captures.raw("media.GetVideoSources.xml");
            case "GetPresets" -> presetsAnswer();
            case "SetPreset" -> setPreset(operation);
            case "RemovePreset" -> {
                synchronized (presets) {
                    presets.remove(Xml.text(operation, "PresetToken").orElse(""));
                }
                yield Captures.raw("ptz.RemovePreset.xml");
            }
            case "GotoPreset", "GotoHomePosition", "SetHomePosition", "AbsoluteMove", "RelativeMove", "ContinuousMove", "Stop" ->
                    Captures.raw("ptz." + name + ".xml");
            case "GetStatus" -> envelope("<tptz:GetStatusResponse><tptz:PTZStatus><tt:Position><tt:PanTilt x=\"0.25\" y=\"-0.5\"/><tt:Zoom x=\"0.1\"/></tt:Position>"
                    + "<tt:MoveStatus><tt:PanTilt>IDLE</tt:PanTilt><tt:Zoom>IDLE</tt:Zoom></tt:MoveStatus><tt:UtcTime>" + now + "</tt:UtcTime></tptz:PTZStatus></tptz:GetStatusResponse>");
            case "GetEventProperties" -> eventProperties();
            case "CreatePullPointSubscription" -> {
                int n = subscriptions.incrementAndGet();
                yield Captures.render("events.CreatePullPointSubscription.xml",
                        Map.of("hostname", "192.168.68.111", "port", "80", "pullPointUrl", "/onvif/subscription?Idx=" + n), now)
                        .replace(now.plusSeconds(5).toString(), now.plusSeconds(10).toString());
            }
            case "PullMessages" -> pullMessages(now);
            case "Renew" -> {
                if (refuseRenew) {
                    yield fault("env:Receiver", "wsrf-rw:ResourceUnknownFault", "The subscription is unknown");
                }
                renewals.incrementAndGet();
                yield envelope("<wsnt:RenewResponse><wsnt:TerminationTime>" + now.plusSeconds(10) + "</wsnt:TerminationTime><wsnt:CurrentTime>" + now
                        + "</wsnt:CurrentTime></wsnt:RenewResponse>");
            }
            case "Unsubscribe" -> {
                unsubscribes.incrementAndGet();
                yield Captures.raw("Unsubscribe.xml");
            }
            case "GetRecordings" -> profileG ? envelope("<trc:GetRecordingsResponse><trc:RecordingItem><tt:RecordingToken>rec-1</tt:RecordingToken>"
                    + "<tt:Configuration><tt:Source><tt:SourceId>cam-1</tt:SourceId><tt:Name>Gate</tt:Name></tt:Source></tt:Configuration>"
                    + "</trc:RecordingItem></trc:GetRecordingsResponse>") : notSupported();
            case "FindRecordings" -> envelope("<tse:FindRecordingsResponse><tse:SearchToken>search-1</tse:SearchToken></tse:FindRecordingsResponse>");
            case "GetRecordingSearchResults" -> envelope("<tse:GetRecordingSearchResultsResponse><tse:ResultList><tt:SearchState>Completed</tt:SearchState>"
                    + "<tt:RecordingInformation><tt:RecordingToken>rec-1</tt:RecordingToken><tt:Source><tt:Name>Gate</tt:Name></tt:Source>"
                    + "<tt:EarliestRecording>2026-12-01T00:00:00Z</tt:EarliestRecording><tt:LatestRecording>2026-12-04T08:00:00Z</tt:LatestRecording>"
                    + "</tt:RecordingInformation></tse:ResultList></tse:GetRecordingSearchResultsResponse>");
            case "EndSearch" -> envelope("<tse:EndSearchResponse><tse:Endpoint>2026-12-04T08:00:00Z</tse:Endpoint></tse:EndSearchResponse>");
            case "GetRecordingSummary" -> envelope("<tse:GetRecordingSummaryResponse><tse:Summary><tt:DataFrom>2026-12-01T00:00:00Z</tt:DataFrom>"
                    + "<tt:DataUntil>2026-12-04T08:00:00Z</tt:DataUntil><tt:NumberRecordings>1</tt:NumberRecordings></tse:Summary></tse:GetRecordingSummaryResponse>");
            case "GetReplayUri" -> envelope("<trp:GetReplayUriResponse><trp:Uri>rtsp://192.168.68.111:" + rtspPort + "/replay/rec-1</trp:Uri></trp:GetReplayUriResponse>");
            default -> notSupported();
        };
    }

    private static String notSupported() {
        return fault("env:Receiver", "ter:ActionNotSupported", "Optional Action Not Implemented");
    }

    private String systemDateAndTime(Instant now) {
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        String text = Captures.raw("GetSystemDateAndTime.xml");
        text = text.replace("<tt:Hour>19</tt:Hour>", "<tt:Hour>" + t.getHour() + "</tt:Hour>")
                .replace("<tt:Minute>14</tt:Minute>", "<tt:Minute>" + t.getMinute() + "</tt:Minute>")
                .replace("<tt:Second>37</tt:Second>", "<tt:Second>" + t.getSecond() + "</tt:Second>")
                .replace("<tt:Year>2014</tt:Year>", "<tt:Year>" + t.getYear() + "</tt:Year>")
                .replace("<tt:Month>12</tt:Month>", "<tt:Month>" + t.getMonthValue() + "</tt:Month>")
                .replace("<tt:Day>24</tt:Day>", "<tt:Day>" + t.getDayOfMonth() + "</tt:Day>");
        return text;
    }

    private String services() {
        String extra = "";
        if (media2) {
            extra += service(OnvifNamespaces.MEDIA2);
        }
        if (profileG) {
            extra += service(OnvifNamespaces.RECORDING) + service(OnvifNamespaces.SEARCH) + service(OnvifNamespaces.REPLAY);
        }
        return Captures.raw("GetServices.xml").replace("</tds:GetServicesResponse>", extra + "</tds:GetServicesResponse>");
    }

    private static String service(String namespace) {
        return "<tds:Service><tds:Namespace>" + namespace + "</tds:Namespace><tds:XAddr>http://192.168.68.111/onvif/services</tds:XAddr>"
                + "<tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor></tds:Version></tds:Service>";
    }

    private String storageConfigurations() {
        StorageState s = storage;
        if (s == null) {
            return envelope("<tds:GetStorageConfigurationsResponse/>");
        }
        return envelope("<tds:GetStorageConfigurationsResponse><tds:StorageConfigurations token=\"sd0\"><tt:Data type=\"LocalStorage\">"
                + "<tt:LocalPath>/mnt/sd</tt:LocalPath><tt:Extension><tt:Capacity>" + s.capacityBytes() + "</tt:Capacity><tt:FreeSpace>"
                + s.freeBytes() + "</tt:FreeSpace><tt:Status>" + s.condition().name() + "</tt:Status></tt:Extension></tt:Data>"
                + "</tds:StorageConfigurations></tds:GetStorageConfigurationsResponse>");
    }

    private String media2Profiles() {
        return envelope("<tr2:GetProfilesResponse><tr2:Profiles token=\"Profile_1\" fixed=\"true\"><tr2:Name>mainStream</tr2:Name><tr2:Configurations>"
                + "<tr2:VideoSource token=\"VideoSourceConfig_1\"><tt:Name>vs</tt:Name><tt:SourceToken>VideoSource_1</tt:SourceToken></tr2:VideoSource>"
                + "<tr2:VideoEncoder token=\"VideoEncoder_1\"><tt:Name>enc</tt:Name><tt:Encoding>H265</tt:Encoding><tt:Resolution><tt:Width>3840</tt:Width>"
                + "<tt:Height>2160</tt:Height></tt:Resolution></tr2:VideoEncoder><tr2:PTZ token=\"ptz\"><tt:NodeToken>n</tt:NodeToken></tr2:PTZ>"
                + "</tr2:Configurations></tr2:Profiles></tr2:GetProfilesResponse>");
    }

    private String presetsAnswer() {
        StringBuilder out = new StringBuilder("<tptz:GetPresetsResponse>");
        synchronized (presets) {
            presets.forEach((token, name) -> out.append("<tptz:Preset token=\"").append(token).append("\"><tt:Name>").append(Xml.escape(name)).append("</tt:Name></tptz:Preset>"));
        }
        return envelope(out.append("</tptz:GetPresetsResponse>").toString());
    }

    private String setPreset(Element operation) {
        synchronized (presets) {
            presets.put("20", Xml.text(operation, "PresetName").orElse(""));
        }
        return Captures.raw("ptz.SetPreset.xml");
    }

    private String eventProperties() {
        String picturesTopics = picture == null ? "" : "<tns1:VideoSource><ImageTooDark wstop:topic=\"true\"/><ImageTooBlurry wstop:topic=\"true\"/>"
                + "<SignalLoss wstop:topic=\"true\"/><GlobalSceneChange wstop:topic=\"true\"/></tns1:VideoSource>"
                + "<tns1:RuleEngine><TamperDetector><Tamper wstop:topic=\"true\"/></TamperDetector></tns1:RuleEngine>";
        return envelope("<tev:GetEventPropertiesResponse><tev:TopicNamespaceLocation>http://www.onvif.org/onvif/ver10/topics/topicns.xml</tev:TopicNamespaceLocation>"
                + "<wsnt:FixedTopicSet>true</wsnt:FixedTopicSet><wstop:TopicSet>" + picturesTopics
                + "<tns1:RuleEngine><CellMotionDetector><Motion wstop:topic=\"true\"/></CellMotionDetector></tns1:RuleEngine></wstop:TopicSet>"
                + "</tev:GetEventPropertiesResponse>");
    }

    private String pullMessages(Instant now) {
        List<String> messages = new ArrayList<>();
        Set<PictureProblem> current = picture;
        if (current != null) {
            Set<PictureProblem> active = current.isEmpty() ? EnumSet.noneOf(PictureProblem.class) : EnumSet.copyOf(current);
            messages.add(notification("tns1:VideoSource/ImageTooDark/ImagingService", "State", active.contains(PictureProblem.TOO_DARK), "Initialized"));
            messages.add(notification("tns1:VideoSource/ImageTooBlurry/ImagingService", "State", active.contains(PictureProblem.BLURRED), "Initialized"));
            messages.add(notification("tns1:VideoSource/SignalLoss", "State", active.contains(PictureProblem.NO_SIGNAL), "Initialized"));
            messages.add(notification("tns1:VideoSource/GlobalSceneChange/ImagingService", "State", active.contains(PictureProblem.SCENE_CHANGED), "Initialized"));
            messages.add(notification("tns1:RuleEngine/TamperDetector/Tamper", "IsTamper", active.contains(PictureProblem.OBSTRUCTED), "Initialized"));
        }
        List<String> pending = pendingEvents;
        pendingEvents = new CopyOnWriteArrayList<>();
        messages.addAll(pending);
        return envelope("<tev:PullMessagesResponse><tev:CurrentTime>" + now + "</tev:CurrentTime><tev:TerminationTime>" + now.plusSeconds(10)
                + "</tev:TerminationTime>" + String.join("", messages) + "</tev:PullMessagesResponse>");
    }

    private String notification(String topic, String item, boolean value, String operation) {
        return "<wsnt:NotificationMessage><wsnt:Topic Dialect=\"http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet\">" + topic + "</wsnt:Topic>"
                + "<wsnt:Message><tt:Message UtcTime=\"" + now() + "\" PropertyOperation=\"" + operation + "\"><tt:Source>"
                + "<tt:SimpleItem Name=\"VideoSourceConfigurationToken\" Value=\"vscfg0\"/></tt:Source><tt:Data><tt:SimpleItem Name=\"" + item
                + "\" Value=\"" + value + "\"/></tt:Data></tt:Message></wsnt:Message></wsnt:NotificationMessage>";
    }

    // ------------------------------------------------------------------ RTSP

    private void startRtsp() {
        ServerSocket server = rtsp;
        executor.execute(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    StringBuilder request = new StringBuilder();
                    while (request.indexOf("\r\n\r\n") < 0) {
                        int c = in.read();
                        if (c < 0) {
                            break;
                        }
                        request.append((char) c);
                    }
                    String why = streamDown;
                    String answer = why == null ? "RTSP/1.0 200 OK\r\nCSeq: 1\r\nPublic: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n\r\n"
                            : "RTSP/1.0 503 Service Unavailable\r\nCSeq: 1\r\n\r\n";
                    s.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // closed or the client went away
                }
            }
        });
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            rtsp.close();
        } catch (IOException ignored) {
            // closed
        }
        executor.shutdownNow();
    }
}
