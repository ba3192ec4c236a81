package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.OnvifException;
import io.watchfloor.adapters.onvif.soap.SafeXml;
import io.watchfloor.adapters.onvif.soap.Soap;
import io.watchfloor.adapters.onvif.soap.Xml;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * WS-Discovery (the 2005/04 version ONVIF uses): a Probe for NetworkVideoTransmitters sent by UDP
 * multicast to 239.255.255.250:3702 on every usable IPv4 interface (or those given), or unicast to
 * one known address; the ProbeMatches that relate to it are collected until the timeout, one per
 * endpoint. Datagrams are parsed by the hardened parser, at most 64 kB each; anything else that
 * arrives is ignored.
 */
public final class WsDiscovery {

    /** The IANA port of WS-Discovery. */
    public static final int PORT = 3702;

    private static final Logger LOG = LoggerFactory.getLogger(WsDiscovery.class);
    private static final int MAX_DATAGRAM = 65_535;

    private final InetSocketAddress group;

    /** Discovery on the standard group and port. */
    public WsDiscovery() {
        this(new InetSocketAddress(standardGroup(), PORT));
    }

    /** Discovery on another group or port (tests). */
    public WsDiscovery(InetSocketAddress group) {
        this.group = group;
    }

    private static InetAddress standardGroup() {
        try {
            return InetAddress.getByName("239.255.255.250");
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a literal address always resolves", e);
        }
    }

    /** Probes by multicast on every interface that is up, not loopback and multicast-capable. */
    public List<ProbeMatch> probe(Duration timeout) {
        List<NetworkInterface> usable = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (ni.isUp() && !ni.isLoopback() && ni.supportsMulticast() && ni.inetAddresses().anyMatch(a -> a instanceof Inet4Address)) {
                    usable.add(ni);
                }
            }
        } catch (SocketException e) {
            throw new OnvifException.Unreachable("the network interfaces cannot be listed: " + e.getMessage(), e);
        }
        return probe(usable, timeout);
    }

    /** Probes by multicast on these interfaces. */
    public List<ProbeMatch> probe(List<NetworkInterface> interfaces, Duration timeout) {
        String messageId = "urn:uuid:" + UUID.randomUUID();
        byte[] probe = probeMessage(messageId, "urn:schemas-xmlsoap-org:ws:2005:04:discovery").getBytes(StandardCharsets.UTF_8);
        try (MulticastSocket socket = new MulticastSocket(0)) {
            socket.setTimeToLive(4);
            for (NetworkInterface ni : interfaces) {
                try {
                    socket.setNetworkInterface(ni);
                    socket.send(new DatagramPacket(probe, probe.length, group));
                } catch (IOException e) {
                    LOG.debug("no probe on {}: {}", ni.getName(), e.getMessage());
                }
            }
            return collect(socket, messageId, timeout);
        } catch (IOException e) {
            throw new OnvifException.Unreachable("discovery could not open a socket: " + e.getMessage(), e);
        }
    }

    /** Probes one known address directly. */
    public List<ProbeMatch> probeUnicast(InetSocketAddress target, Duration timeout) {
        String messageId = "urn:uuid:" + UUID.randomUUID();
        byte[] probe = probeMessage(messageId, "urn:schemas-xmlsoap-org:ws:2005:04:discovery").getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket(0)) {
            socket.send(new DatagramPacket(probe, probe.length, target));
            return collect(socket, messageId, timeout);
        } catch (IOException e) {
            throw new OnvifException.Unreachable("the probe to " + target + " could not be sent: " + e.getMessage(), e);
        }
    }

    private static List<ProbeMatch> collect(DatagramSocket socket, String messageId, Duration timeout) throws IOException {
        Map<String, ProbeMatch> found = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (true) {
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (left <= 0) {
                return List.copyOf(found.values());
            }
            socket.setSoTimeout((int) left);
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return List.copyOf(found.values());
            }
            byte[] data = Arrays.copyOf(packet.getData(), packet.getLength());
            for (ProbeMatch m : matches(data, messageId)) {
                String key = m.endpoint().isEmpty() ? m.xaddrs().toString() : m.endpoint();
                found.putIfAbsent(key, m);
            }
        }
    }

    /** The matches in one datagram that answer {@code messageId} (or carry no RelatesTo); none for anything else. */
    static List<ProbeMatch> matches(byte[] datagram, String messageId) {
        try {
            Document d = SafeXml.parse(datagram, MAX_DATAGRAM);
            Soap.body(d);
            Optional<String> relatesTo = Xml.first(d, "http://schemas.xmlsoap.org/ws/2004/08/addressing", "RelatesTo").map(Xml::text)
                    .or(() -> Xml.first(d, OnvifNamespaces.WSA, "RelatesTo").map(Xml::text));
            if (relatesTo.isPresent() && !relatesTo.get().equals(messageId)) {
                return List.of();
            }
            if (Xml.first(d, OnvifNamespaces.DISCOVERY, "ProbeMatches").isEmpty()) {
                return List.of();
            }
            return OnvifParsers.probeMatches(d);
        } catch (OnvifException e) {
            LOG.debug("ignoring a datagram that is not a usable ProbeMatches: {}", e.getMessage());
            return List.of();
        }
    }

    /** The Probe message for NetworkVideoTransmitters. */
    static String probeMessage(String messageId, String to) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" \
                xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" \
                xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" \
                xmlns:dn="http://www.onvif.org/ver10/network/wsdl">\
                <s:Header><a:Action s:mustUnderstand="1">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>\
                <a:MessageID>%s</a:MessageID>\
                <a:ReplyTo><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>\
                <a:To s:mustUnderstand="1">%s</a:To></s:Header>\
                <s:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></s:Body></s:Envelope>""".formatted(messageId, to);
    }
}
