package io.watchfloor.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Many fake ONVIF cameras behind one HTTP server on 127.0.0.1, camera {@code n} at
 * {@code /cam/n/onvif/device_service}, and one RTSP server for all their streams. Every camera
 * answers the questions of a health poll (clock, services, profiles, stream URI, event properties,
 * a pull point with a good picture, storage); the slow ones answer nothing for {@code slowness}.
 * Answers are built as plain text, so that the benchmark measures the client, not this fake.
 */
final class FakeCameraFarm implements AutoCloseable {

    private static final String ENVELOPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" "
            + "xmlns:tt=\"http://www.onvif.org/ver10/schema\" xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" "
            + "xmlns:trt=\"http://www.onvif.org/ver10/media/wsdl\" xmlns:tev=\"http://www.onvif.org/ver10/events/wsdl\" "
            + "xmlns:wsnt=\"http://docs.oasis-open.org/wsn/b-2\" xmlns:wstop=\"http://docs.oasis-open.org/wsn/t-1\" "
            + "xmlns:tns1=\"http://www.onvif.org/ver10/topics\" xmlns:wsa=\"http://www.w3.org/2005/08/addressing\"><env:Body>%s</env:Body></env:Envelope>";

    private final HttpServer http;
    private final ServerSocket rtsp;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "camera-farm");
        t.setDaemon(true);
        return t;
    });
    private final Set<Integer> slow;
    private final Duration slowness;

    FakeCameraFarm(Set<Integer> slow, Duration slowness) throws IOException {
        this.slow = Set.copyOf(slow);
        this.slowness = slowness;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        http.setExecutor(threads);
        http.createContext("/cam/", this::handle);
        http.start();
        rtsp = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        threads.execute(this::serveRtsp);
    }

    /** Where camera {@code n}'s device service answers. */
    URI deviceService(int n) {
        return URI.create(base(n) + "/onvif/device_service");
    }

    private String base(int n) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/cam/" + n;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int n = Integer.parseInt(path.substring(5, path.indexOf('/', 5)));
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (slow.contains(n)) {
                Thread.sleep(slowness.toMillis());
            }
            byte[] body = ENVELOPE.formatted(answer(n, request)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/soap+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the client gave up (a slow camera's deadline): nothing to answer
        }
    }

    private String answer(int n, String request) {
        if (request.contains("GetSystemDateAndTime")) {
            ZonedDateTime t = Instant.now().atZone(ZoneOffset.UTC);
            return "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType><tt:UTCDateTime><tt:Time><tt:Hour>"
                    + t.getHour() + "</tt:Hour><tt:Minute>" + t.getMinute() + "</tt:Minute><tt:Second>" + t.getSecond() + "</tt:Second></tt:Time><tt:Date><tt:Year>"
                    + t.getYear() + "</tt:Year><tt:Month>" + t.getMonthValue() + "</tt:Month><tt:Day>" + t.getDayOfMonth()
                    + "</tt:Day></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>";
        }
        if (request.contains("GetServices")) {
            String at = base(n) + "/onvif/services";
            return "<tds:GetServicesResponse>" + service("http://www.onvif.org/ver10/device/wsdl", base(n) + "/onvif/device_service")
                    + service("http://www.onvif.org/ver10/media/wsdl", at) + service("http://www.onvif.org/ver10/events/wsdl", at) + "</tds:GetServicesResponse>";
        }
        if (request.contains("GetProfiles")) {
            return "<trt:GetProfilesResponse><trt:Profiles token=\"main\" fixed=\"true\"><tt:Name>main</tt:Name><tt:VideoSourceConfiguration token=\"v\">"
                    + "<tt:SourceToken>src</tt:SourceToken></tt:VideoSourceConfiguration><tt:VideoEncoderConfiguration token=\"e\"><tt:Encoding>H264</tt:Encoding>"
                    + "<tt:Resolution><tt:Width>1920</tt:Width><tt:Height>1080</tt:Height></tt:Resolution></tt:VideoEncoderConfiguration></trt:Profiles></trt:GetProfilesResponse>";
        }
        if (request.contains("GetStreamUri")) {
            return "<trt:GetStreamUriResponse><trt:MediaUri><tt:Uri>rtsp://127.0.0.1:" + rtsp.getLocalPort() + "/cam/" + n + "</tt:Uri></trt:MediaUri></trt:GetStreamUriResponse>";
        }
        if (request.contains("GetEventProperties")) {
            return "<tev:GetEventPropertiesResponse><wstop:TopicSet><tns1:VideoSource><SignalLoss wstop:topic=\"true\"/><ImageTooDark wstop:topic=\"true\"/>"
                    + "</tns1:VideoSource></wstop:TopicSet></tev:GetEventPropertiesResponse>";
        }
        if (request.contains("CreatePullPointSubscription")) {
            Instant now = Instant.now();
            return "<tev:CreatePullPointSubscriptionResponse><tev:SubscriptionReference><wsa:Address>" + base(n) + "/onvif/pullpoint</wsa:Address>"
                    + "</tev:SubscriptionReference><wsnt:CurrentTime>" + now + "</wsnt:CurrentTime><wsnt:TerminationTime>" + now.plusSeconds(30)
                    + "</wsnt:TerminationTime></tev:CreatePullPointSubscriptionResponse>";
        }
        if (request.contains("PullMessages")) {
            Instant now = Instant.now();
            return "<tev:PullMessagesResponse><tev:CurrentTime>" + now + "</tev:CurrentTime><tev:TerminationTime>" + now.plusSeconds(30) + "</tev:TerminationTime>"
                    + "<wsnt:NotificationMessage><wsnt:Topic Dialect=\"http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet\">tns1:VideoSource/SignalLoss</wsnt:Topic>"
                    + "<wsnt:Message><tt:Message UtcTime=\"" + now + "\" PropertyOperation=\"Initialized\"><tt:Data><tt:SimpleItem Name=\"State\" Value=\"false\"/>"
                    + "</tt:Data></tt:Message></wsnt:Message></wsnt:NotificationMessage></tev:PullMessagesResponse>";
        }
        if (request.contains("Unsubscribe")) {
            return "<wsnt:UnsubscribeResponse/>";
        }
        if (request.contains("GetStorageConfigurations")) {
            return "<tds:GetStorageConfigurationsResponse><tds:StorageConfigurations token=\"sd\"><tt:Data type=\"LocalStorage\"><tt:LocalPath>/sd</tt:LocalPath>"
                    + "<tt:Extension><tt:Capacity>137438953472</tt:Capacity><tt:FreeSpace>68719476736</tt:FreeSpace><tt:Status>OK</tt:Status></tt:Extension>"
                    + "</tt:Data></tds:StorageConfigurations></tds:GetStorageConfigurationsResponse>";
        }
        return "<env:Fault><env:Code><env:Value>env:Receiver</env:Value><env:Subcode><env:Value>ter:ActionNotSupported</env:Value></env:Subcode></env:Code>"
                + "<env:Reason><env:Text xml:lang=\"en\">not in this fake</env:Text></env:Reason></env:Fault>";
    }

    private static String service(String namespace, String address) {
        return "<tds:Service><tds:Namespace>" + namespace + "</tds:Namespace><tds:XAddr>" + address + "</tds:XAddr></tds:Service>";
    }

    private void serveRtsp() {
        while (!rtsp.isClosed()) {
            try (Socket s = rtsp.accept()) {
                InputStream in = s.getInputStream();
                int matched = 0;
                for (int c; matched < 4 && (c = in.read()) >= 0; ) {
                    matched = (c == '\r' || c == '\n') ? matched + 1 : 0;
                }
                s.getOutputStream().write("RTSP/1.0 200 OK\r\nCSeq: 1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // closed, or the client went away
            }
        }
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        rtsp.close();
        threads.shutdownNow();
    }
}
