package io.watchfloor.adapters.onvif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real camera answers in {@code src/test/resources/onvif-captures} (from agsh/onvif, MIT, licence
 * beside them), rendered: the doT conditionals keep their content, placeholders get the values given.
 */
final class Captures {

    /** Every capture file's name. */
    static final List<String> ALL = List.of("GetCapabilities.xml", "GetDeviceInformation.xml", "GetProfiles.xml", "GetServiceCapabilities.xml",
            "GetServices.xml", "GetSnapshotUri.xml", "GetStreamUri.xml", "GetSystemDateAndTime.xml", "Probe.xml", "PullMessages.xml",
            "Unsubscribe.xml", "device.GetNTP.xml", "device.GetNetworkInterfaces.xml", "events.CreatePullPointSubscription.xml",
            "events.GetServiceCapabilities.xml", "media.GetServiceCapabilities.xml", "media.GetVideoSources.xml", "ptz.AbsoluteMove.xml",
            "ptz.ContinuousMove.xml", "ptz.GetPresets.xml", "ptz.GotoHomePosition.xml", "ptz.GotoPreset.xml", "ptz.RelativeMove.xml",
            "ptz.RemovePreset.xml", "ptz.SetHomePosition.xml", "ptz.SetPreset.xml", "ptz.Stop.xml");

    private Captures() {
    }

    /** The file as stored. */
    static String raw(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/onvif-captures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file rendered with these values for {@code it.*} placeholders, and {@code now} for the dates. */
    static String render(String name, Map<String, String> values, Instant now) {
        String text = raw(name).lines().filter(l -> !l.trim().startsWith("{{?")).collect(Collectors.joining("\n"));
        text = text.replace("{{=new Date().toISOString()}}", now.toString())
                .replace("{{=new Date(Date.now()+5000).toISOString()}}", now.plusSeconds(5).toString());
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{{=it." + v.getKey() + "}}", v.getValue());
        }
        return text;
    }

    /** The file rendered with stand-in values. */
    static String render(String name) {
        return render(name, Map.of("hostname", "192.168.68.111", "port", "80", "pullPointUrl", "/onvif/subscription?Idx=0"), Instant.parse("2026-12-04T08:00:00Z"));
    }
}
