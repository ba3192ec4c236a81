package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.watchfloor.adapters.onvif.soap.OnvifException;
import io.watchfloor.adapters.onvif.soap.SafeXml;
import io.watchfloor.adapters.onvif.soap.Soap;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every parser runs on every real camera answer: on its own answer it reads the values, on any
 * other it either reads what is there or says the answer lacks what it needs, and never fails any
 * other way. Then the variations real firmware sends beyond these captures: other prefixes,
 * optional elements left out, extensions, SOAP 1.1 faults, undeclared prefixes.
 */
class CapturedAnswersTest {

    private static final Map<String, Function<Document, ?>> PARSERS = new LinkedHashMap<>();

    static {
        PARSERS.put("systemDateAndTime", OnvifParsers::systemDateAndTime);
        PARSERS.put("deviceInformation", OnvifParsers::deviceInformation);
        PARSERS.put("services", OnvifParsers::services);
        PARSERS.put("capabilities", OnvifParsers::capabilities);
        PARSERS.put("scopes", OnvifParsers::scopes);
        PARSERS.put("profiles", OnvifParsers::profiles);
        PARSERS.put("mediaUri", OnvifParsers::mediaUri);
        PARSERS.put("videoSources", OnvifParsers::videoSources);
        PARSERS.put("presets", OnvifParsers::presets);
        PARSERS.put("presetToken", OnvifParsers::presetToken);
        PARSERS.put("ptzStatus", OnvifParsers::ptzStatus);
        PARSERS.put("subscription", OnvifParsers::subscription);
        PARSERS.put("renewed", OnvifParsers::renewed);
        PARSERS.put("notifications", OnvifParsers::notifications);
        PARSERS.put("recordings", OnvifParsers::recordings);
        PARSERS.put("searchToken", OnvifParsers::searchToken);
        PARSERS.put("recordingSummary", OnvifParsers::recordingSummary);
        PARSERS.put("storage", OnvifParsers::storage);
        PARSERS.put("probeMatches", OnvifParsers::probeMatches);
        PARSERS.put("fault", d -> Soap.fault(d, 200));
    }

    static List<String> captures() {
        return Captures.ALL;
    }

    private static Document parsed(String capture) {
        return SafeXml.parse(Captures.render(capture).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "every parser on {0}: an answer or a MalformedAnswer, nothing else")
    @MethodSource("captures")
    void everyParserOnEveryCapture(String capture) {
        Document answer = parsed(capture);
        for (Map.Entry<String, Function<Document, ?>> parser : PARSERS.entrySet()) {
            try {
                parser.getValue().apply(answer);
            } catch (OnvifException.MalformedAnswer expected) {
                assertFalse(expected.getMessage().isBlank());
            } catch (RuntimeException e) {
                fail(parser.getKey() + " on " + capture + " failed with " + e, e);
            }
        }
    }

    @Test
    @DisplayName("each capture reads to the values the camera sent")
    void capturedValues() {
        assertEquals(Instant.parse("2014-12-24T19:14:37Z"), OnvifParsers.systemDateAndTime(parsed("GetSystemDateAndTime.xml")));
        assertEquals(new DeviceInformation("Mockup Manufacturer", "Mockup Model", "Mockup_15_14_13", "00000000", "MOCKUP"),
                OnvifParsers.deviceInformation(parsed("GetDeviceInformation.xml")));
        assertEquals(6, OnvifParsers.services(parsed("GetServices.xml")).size());
        Map<String, URI> caps = OnvifParsers.capabilities(parsed("GetCapabilities.xml"));
        assertEquals(URI.create("http://192.168.68.111/onvif/services"), caps.get(OnvifNamespaces.PTZ));
        assertTrue(caps.containsKey(OnvifNamespaces.EVENTS) && caps.containsKey(OnvifNamespaces.MEDIA) && caps.containsKey(OnvifNamespaces.DEVICE));
        assertEquals(URI.create("rtsp://192.168.68.111/h264main"), OnvifParsers.mediaUri(parsed("GetStreamUri.xml")));
        assertEquals("compression=20", OnvifParsers.mediaUri(parsed("GetSnapshotUri.xml")).getQuery().split("&")[1]);
        assertEquals(46, OnvifParsers.presets(parsed("ptz.GetPresets.xml")).size());
        assertEquals("20", OnvifParsers.presetToken(parsed("ptz.SetPreset.xml")));
        Subscription s = OnvifParsers.subscription(parsed("events.CreatePullPointSubscription.xml"));
        assertEquals(URI.create("http://192.168.68.111:80/onvif/subscription?Idx=0"), s.address());
        assertEquals(5, s.terminationTime().getEpochSecond() - s.currentTime().getEpochSecond());
        List<Notification> notifications = OnvifParsers.notifications(parsed("PullMessages.xml"));
        assertEquals(2, notifications.size());
        assertEquals("RuleEngine/CellMotionDetector/Motion", notifications.get(0).topic());
        assertEquals("true", notifications.get(0).data().get("IsMotion"));
        ProbeMatch match = OnvifParsers.probeMatches(parsed("Probe.xml")).get(0);
        assertEquals("uuid:c9790c3a-701b-464d-a189-0060351c8ada", match.endpoint());
        assertTrue(match.types().contains("dn:NetworkVideoTransmitter"));
        assertTrue(match.hardware().isPresent());
    }

    private static Document xml(String text) {
        return SafeXml.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("other prefixes, a default namespace and ver20 schema elements read the same")
    void otherPrefixes() {
        Document d = xml("""
                <Envelope xmlns="http://www.w3.org/2003/05/soap-envelope"><Body>
                <GetDeviceInformationResponse xmlns="http://www.onvif.org/ver10/device/wsdl">
                <Manufacturer>Hikvision</Manufacturer><Model>DS-2CD2143</Model></GetDeviceInformationResponse></Body></Envelope>""");
        Document t = xml("""
                <e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope" xmlns:x="http://www.onvif.org/ver10/device/wsdl"
                 xmlns:y="http://www.onvif.org/ver20/schema"><e:Body><x:GetSystemDateAndTimeResponse><x:SystemDateAndTime>
                <y:UTCDateTime><y:Date><y:Year>2026</y:Year><y:Month>12</y:Month><y:Day>4</y:Day></y:Date>
                <y:Time><y:Hour>8</y:Hour><y:Minute>5</y:Minute><y:Second>60</y:Second></y:Time></y:UTCDateTime>
                </x:SystemDateAndTime></x:GetSystemDateAndTimeResponse></e:Body></e:Envelope>""");

        assertEquals(new DeviceInformation("Hikvision", "DS-2CD2143", "", "", ""), OnvifParsers.deviceInformation(d));
        assertEquals(Instant.parse("2026-12-04T08:05:59Z"), OnvifParsers.systemDateAndTime(t));
    }

    @Test
    @DisplayName("a camera that gives only its local time, a profile without encoder, and unknown extensions are read without complaint")
    void optionalAndExtensions() {
        Document local = xml("""
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:tds="http://www.onvif.org/ver10/device/wsdl"
                 xmlns:tt="http://www.onvif.org/ver10/schema" xmlns:v="urn:vendor"><s:Body><tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime>
                <tt:DateTimeType>NTP</tt:DateTimeType><tt:LocalDateTime><tt:Date><tt:Year>2026</tt:Year><tt:Month>1</tt:Month><tt:Day>2</tt:Day></tt:Date>
                <tt:Time><tt:Hour>3</tt:Hour><tt:Minute>4</tt:Minute><tt:Second>5</tt:Second></tt:Time></tt:LocalDateTime>
                <tt:Extension><v:Anything>yes</v:Anything></tt:Extension></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse></s:Body></s:Envelope>""");
        Document bare = xml("""
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:trt="http://www.onvif.org/ver10/media/wsdl"
                 xmlns:v="urn:vendor"><s:Body><trt:GetProfilesResponse><trt:Profiles token="p0"><v:Private/></trt:Profiles>
                </trt:GetProfilesResponse></s:Body></s:Envelope>""");

        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), OnvifParsers.systemDateAndTime(local));
        assertEquals(List.of(new MediaProfile("p0", "p0", "", "", 0, 0, false)), OnvifParsers.profiles(bare));
    }

    @Test
    @DisplayName("a SOAP 1.1 fault from old firmware is read like a SOAP 1.2 one")
    void soap11Fault() {
        Document d = xml("""
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
                <faultcode>soap:Client</faultcode><faultstring>Sender not authorized</faultstring></soap:Fault></soap:Body></soap:Envelope>""");

        OnvifException.Fault fault = Soap.fault(d, 500).orElseThrow();

        assertEquals("Client", fault.code());
        assertEquals("Sender not authorized", fault.reason());
    }

    @Test
    @DisplayName("an undeclared SOAP-ENV prefix (as in two of the captures) is bound to SOAP 1.2; an unknown undeclared prefix is refused")
    void undeclaredPrefixes() {
        Document repaired = xml("<SOAP-ENV:Envelope><SOAP-ENV:Body><tds:GetScopesResponse/></SOAP-ENV:Body></SOAP-ENV:Envelope>");

        assertEquals("GetScopesResponse", Soap.payload(repaired).getLocalName());
        org.junit.jupiter.api.Assertions.assertThrows(OnvifException.MalformedAnswer.class, () -> xml("<zz:Envelope/>"));
    }
}
