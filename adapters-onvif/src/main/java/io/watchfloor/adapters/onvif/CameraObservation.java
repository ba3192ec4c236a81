package io.watchfloor.adapters.onvif;

import io.watchfloor.devices.PictureProblem;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an event means for the devices context: motion started or stopped, or a picture problem
 * (tamper, video loss, too dark...) began or ended. Vendors name topics differently, so the topic is
 * matched by the words in it: {@code VideoSource/SignalLoss}, {@code VideoSource/Tampering},
 * {@code RuleEngine/TamperDetector/Tamper}, {@code RuleEngine/CellMotionDetector/Motion},
 * {@code VideoSource/MotionAlarm}...
 */
public sealed interface CameraObservation {

    /** When the device says it happened. */
    Instant at();

    /** Motion detected ({@code active}) or gone. */
    record Motion(boolean active, Instant at) implements CameraObservation {
    }

    /** A picture problem began ({@code active}) or ended. */
    record Picture(PictureProblem problem, boolean active, Instant at) implements CameraObservation {
    }

    /** The picture problem a topic reports, if it reports one. */
    static Optional<PictureProblem> problemOf(String topic) {
        String t = topic.toLowerCase(Locale.ROOT);
        if (t.contains("signalloss") || t.contains("videoloss")) {
            return Optional.of(PictureProblem.NO_SIGNAL);
        }
        if (t.contains("tamper") || t.contains("obstruct") || t.contains("defocus") && t.contains("tamper")) {
            return Optional.of(PictureProblem.OBSTRUCTED);
        }
        if (t.contains("toodark")) {
            return Optional.of(PictureProblem.TOO_DARK);
        }
        if (t.contains("tooblurry") || t.contains("blur")) {
            return Optional.of(PictureProblem.BLURRED);
        }
        if (t.contains("globalscenechange") || t.contains("scenechange")) {
            return Optional.of(PictureProblem.SCENE_CHANGED);
        }
        if (t.contains("freeze") || t.contains("frozen")) {
            return Optional.of(PictureProblem.FROZEN);
        }
        return Optional.empty();
    }

    /** The observation a notification means, if any; {@code now} dates those the device sent undated. */
    static Optional<CameraObservation> of(Notification notification, Instant now) {
        Instant at = notification.utcTime().orElse(now);
        Optional<Boolean> state = state(notification.data());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        Optional<PictureProblem> problem = problemOf(notification.topic());
        if (problem.isPresent()) {
            return Optional.of(new Picture(problem.get(), state.get(), at));
        }
        if (notification.topic().toLowerCase(Locale.ROOT).contains("motion")) {
            return Optional.of(new Motion(state.get(), at));
        }
        return Optional.empty();
    }

    private static Optional<Boolean> state(Map<String, String> data) {
        for (String key : new String[] {"State", "IsMotion", "IsTamper", "IsTampered", "IsSignalLost", "IsTooDark", "IsTooBlurry",
                "IsGlobalSceneChange", "Value", "Active"}) {
            String value = data.get(key);
            if (value != null) {
                return Optional.of(value.trim().equalsIgnoreCase("true") || value.trim().equals("1"));
            }
        }
        return data.values().stream().filter(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")).findFirst().map(Boolean::parseBoolean);
    }
}
