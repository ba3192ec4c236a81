package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.OnvifException;
import io.watchfloor.adapters.onvif.soap.Xml;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Profile G on one device (an NVR or a camera with storage): the recordings, a search over them, the
 * summary, and the RTSP replay URI of a recording, so the recordings context can register segments.
 */
public final class OnvifRecordings {

    private final OnvifDevice device;
    private final Optional<URI> recording;
    private final URI search;
    private final Optional<URI> replay;

    OnvifRecordings(OnvifDevice device, Optional<URI> recording, URI search, Optional<URI> replay) {
        this.device = Objects.requireNonNull(device, "device");
        this.recording = recording;
        this.search = Objects.requireNonNull(search, "search");
        this.replay = replay;
    }

    /** GetRecordings on the recording service, where offered; otherwise a search over all. */
    public List<Recording> recordings() {
        if (recording.isPresent()) {
            return OnvifParsers.recordings(device.call(recording.get(), OnvifNamespaces.RECORDING, "trc", "GetRecordings", "", true, ""));
        }
        return find(Duration.ofSeconds(5));
    }

    /** FindRecordings and GetRecordingSearchResults until the search completes (or {@code keepAlive} passes), then EndSearch. */
    public List<Recording> find(Duration keepAlive) {
        String token = OnvifParsers.searchToken(device.call(search, OnvifNamespaces.SEARCH, "tse", "FindRecordings",
                "<tse:Scope/><tse:KeepAliveTime>" + keepAlive + "</tse:KeepAliveTime>", true, ""));
        List<Recording> found = new ArrayList<>();
        Instant until = Instant.now().plus(keepAlive);
        try {
            while (true) {
                var answer = device.call(search, OnvifNamespaces.SEARCH, "tse", "GetRecordingSearchResults",
                        "<tse:SearchToken>" + Xml.escape(token) + "</tse:SearchToken><tse:WaitTime>PT1S</tse:WaitTime>", true, "");
                found.addAll(OnvifParsers.recordings(answer));
                if (OnvifParsers.searchCompleted(answer) || Instant.now().isAfter(until)) {
                    return found;
                }
            }
        } finally {
            try {
                device.call(search, OnvifNamespaces.SEARCH, "tse", "EndSearch", "<tse:SearchToken>" + Xml.escape(token) + "</tse:SearchToken>", true, "");
            } catch (OnvifException e) {
                // the search ends by itself after keepAlive
            }
        }
    }

    /** GetRecordingSummary. */
    public RecordingSummary summary() {
        return OnvifParsers.recordingSummary(device.call(search, OnvifNamespaces.SEARCH, "tse", "GetRecordingSummary", "", true, ""));
    }

    /** The RTSP URI that replays a recording, rewritten for NAT. */
    public URI replayUri(String recordingToken) {
        URI at = replay.orElseThrow(() -> new OnvifException.Fault(200, "Receiver", "ActionNotSupported", "the device offers no replay service"));
        return device.reachable(OnvifParsers.mediaUri(device.call(at, OnvifNamespaces.REPLAY, "trp", "GetReplayUri",
                "<trp:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream><tt:Transport><tt:Protocol>RTSP</tt:Protocol></tt:Transport></trp:StreamSetup>"
                        + "<trp:RecordingToken>" + Xml.escape(recordingToken) + "</trp:RecordingToken>", true, "")));
    }
}
