package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.soap.SafeXml;
import io.watchfloor.adapters.onvif.soap.Xml;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * WS-Discovery against a responder on the loopback interface that answers a Probe with the captured
 * ProbeMatches (its RelatesTo set to the probe's MessageID), plus one stale answer to another probe
 * and one datagram of garbage, both of which must be ignored.
 */
class DiscoveryTest {

    /** Answers each probe it receives, then stops by itself after {@code probes} probes. */
    private static Thread responder(DatagramSocket socket, int probes) {
        Thread t = new Thread(() -> {
            try (socket) {
                byte[] buffer = new byte[65_535];
                for (int i = 0; i < probes; i++) {
                    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                    socket.receive(packet);
                    Document probe = SafeXml.parse(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                    String messageId = Xml.text(Xml.first(probe, "http://schemas.xmlsoap.org/ws/2004/08/addressing", "MessageID").orElseThrow());
                    String types = Xml.text(Xml.first(probe, OnvifNamespaces.DISCOVERY, "Types").orElseThrow());
                    if (!types.contains("NetworkVideoTransmitter")) {
                        continue;
                    }
                    for (String reply : List.of("not xml at all",
                            Captures.raw("Probe.xml").replace("RELATES_TO", "urn:uuid:someone-else").replace("SERVICE_URI", "http://10.9.9.9/x"),
                            Captures.raw("Probe.xml").replace("RELATES_TO", messageId)
                                    .replace("SERVICE_URI", "http://127.0.0.1:8080/onvif/device_service http://[::1]:8080/onvif/device_service"))) {
                        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                        socket.send(new DatagramPacket(bytes, bytes.length, packet.getSocketAddress()));
                    }
                }
            } catch (java.io.IOException e) {
                // closed
            }
        }, "ws-discovery-responder");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    @DisplayName("a unicast probe to a known address finds the camera with its addresses, types and scopes, and ignores the rest")
    void unicast() throws Exception {
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(10_000);
        responder(socket, 1);

        List<ProbeMatch> found = new WsDiscovery().probeUnicast(new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort()),
                Duration.ofSeconds(2));

        assertEquals(1, found.size());
        ProbeMatch camera = found.get(0);
        assertEquals("uuid:c9790c3a-701b-464d-a189-0060351c8ada", camera.endpoint());
        assertEquals(List.of(URI.create("http://127.0.0.1:8080/onvif/device_service"), URI.create("http://[::1]:8080/onvif/device_service")),
                camera.xaddrs());
        assertTrue(camera.types().contains("tds:Device"));
        assertTrue(camera.scopes().contains("onvif://www.onvif.org/type/ptz"));
    }

    @Test
    @DisplayName("a multicast probe on the loopback interface reaches a responder that joined the group there")
    void multicastOnLoopback() throws Exception {
        NetworkInterface loopback = NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress());
        Assumptions.assumeTrue(loopback != null && loopback.supportsMulticast(), "the loopback interface does not do multicast here");
        InetAddress group = InetAddress.getByName("239.255.255.250");
        MulticastSocket socket = new MulticastSocket(0);
        try {
            socket.joinGroup(new InetSocketAddress(group, 0), loopback);
        } catch (SocketException e) {
            socket.close();
            Assumptions.abort("cannot join the group on loopback: " + e.getMessage());
        }
        socket.setSoTimeout(10_000);
        responder(socket, 1);

        List<ProbeMatch> found = new WsDiscovery(new InetSocketAddress(group, socket.getLocalPort())).probe(List.of(loopback), Duration.ofSeconds(2));

        assertEquals(1, found.size());
        assertTrue(found.get(0).hardware().isPresent());
    }

    @Test
    @DisplayName("the probe asks for NetworkVideoTransmitters with a fresh MessageID, in SOAP 1.2")
    void probeMessage() {
        Document probe = SafeXml.parse(WsDiscovery.probeMessage("urn:uuid:1", "urn:schemas-xmlsoap-org:ws:2005:04:discovery").getBytes(StandardCharsets.UTF_8));

        assertEquals("dn:NetworkVideoTransmitter", Xml.text(Xml.first(probe, OnvifNamespaces.DISCOVERY, "Types").orElseThrow()));
        assertEquals("urn:uuid:1", Xml.text(Xml.first(probe, "http://schemas.xmlsoap.org/ws/2004/08/addressing", "MessageID").orElseThrow()));
    }
}
