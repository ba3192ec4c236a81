package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.Xml;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;

/** PTZ of one device (ONVIF PTZ service, ver20): moves, stop, status, presets and home. */
public final class OnvifPtz {

    private final OnvifDevice device;
    private final URI address;

    OnvifPtz(OnvifDevice device, URI address) {
        this.device = Objects.requireNonNull(device, "device");
        this.address = Objects.requireNonNull(address, "address");
    }

    /** Moves at {@code velocity} until stopped, or for {@code timeout} when given. */
    public void continuousMove(String profile, PtzVector velocity, Optional<Duration> timeout) {
        call("ContinuousMove", profile(profile) + "<tptz:Velocity>" + vector(velocity) + "</tptz:Velocity>"
                + timeout.map(t -> "<tptz:Timeout>" + t + "</tptz:Timeout>").orElse(""));
    }

    /** Moves to an absolute position. */
    public void absoluteMove(String profile, PtzVector position) {
        call("AbsoluteMove", profile(profile) + "<tptz:Position>" + vector(position) + "</tptz:Position>");
    }

    /** Moves by a translation from where it is. */
    public void relativeMove(String profile, PtzVector translation) {
        call("RelativeMove", profile(profile) + "<tptz:Translation>" + vector(translation) + "</tptz:Translation>");
    }

    /** Stops pan, tilt and zoom. */
    public void stop(String profile) {
        call("Stop", profile(profile) + "<tptz:PanTilt>true</tptz:PanTilt><tptz:Zoom>true</tptz:Zoom>");
    }

    /** Where it is and whether it moves. */
    public PtzStatus status(String profile) {
        return OnvifParsers.ptzStatus(call("GetStatus", profile(profile)));
    }

    /** The presets of a profile. */
    public List<PtzPreset> presets(String profile) {
        return OnvifParsers.presets(call("GetPresets", profile(profile)));
    }

    /** Saves the current position as a preset named {@code name}; returns its token. */
    public String setPreset(String profile, String name) {
        return OnvifParsers.presetToken(call("SetPreset", profile(profile) + "<tptz:PresetName>" + Xml.escape(name) + "</tptz:PresetName>"));
    }

    /** Goes to a preset. */
    public void gotoPreset(String profile, String preset) {
        call("GotoPreset", profile(profile) + "<tptz:PresetToken>" + Xml.escape(preset) + "</tptz:PresetToken>");
    }

    /** Removes a preset. */
    public void removePreset(String profile, String preset) {
        call("RemovePreset", profile(profile) + "<tptz:PresetToken>" + Xml.escape(preset) + "</tptz:PresetToken>");
    }

    /** Saves the current position as home. */
    public void setHome(String profile) {
        call("SetHomePosition", profile(profile));
    }

    /** Goes home. */
    public void gotoHome(String profile) {
        call("GotoHomePosition", profile(profile));
    }

    private Document call(String operation, String content) {
        return device.call(address, OnvifNamespaces.PTZ, "tptz", operation, content, true, "");
    }

    private static String profile(String profile) {
        return "<tptz:ProfileToken>" + Xml.escape(profile) + "</tptz:ProfileToken>";
    }

    private static String vector(PtzVector v) {
        return "<tt:PanTilt x=\"" + v.pan() + "\" y=\"" + v.tilt() + "\"/><tt:Zoom x=\"" + v.zoom() + "\"/>";
    }
}
