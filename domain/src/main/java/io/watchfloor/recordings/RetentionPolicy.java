package io.watchfloor.recordings;

import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.ZoneImportance;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long footage is kept (RET-02, RET-08, RET-09, RET-10). Every number has the catalogue's default
 * and can be changed per deployment.
 *
 * <p>A segment's keep-until is fixed when it is registered: its end plus the longest minimum that
 * matches it (its zone's minimum, its camera's override, its trigger's override). Adopting a new
 * policy therefore never shortens footage already recorded (RET-08). The maximum, when set, is read
 * at every sweep: a segment past {@code end + maximum} whose retention has ended and that nothing
 * protects is destroyed by the next sweep (RET-09). Without a maximum, footage past its retention
 * stays until storage pressure overwrites it (RET-07).
 *
 * @param name the policy's name, written into every segment and destruction record
 * @param ordinaryMinimum the minimum retention in ordinary zones; default 30 days
 * @param importantMinimum the minimum retention in important zones; default 90 days
 * @param maximum the maximum retention, or {@code null} for none; never below any minimum
 * @param cameraMinimums per-camera minimums, applied when longer than the zone's
 * @param triggerMinimums per-trigger minimums (alarm footage kept longer), applied when longer
 * @param onShortage what a storage area does when it cannot keep the minimum (RET-10), chosen explicitly
 * @param headroom how much recording time of free space capacity pressure keeps in each area; default 1 day
 * @param sweepBatchSize how many segments a sweep decides and destroys per unit of work; default 1,000
 */
public record RetentionPolicy(@NotBlank String name, @NotNull Duration ordinaryMinimum, @NotNull Duration importantMinimum,
                              Duration maximum, @NotNull Map<CameraId, Duration> cameraMinimums,
                              @NotNull Map<Trigger, Duration> triggerMinimums, @NotNull ShortageChoice onShortage,
                              @NotNull Duration headroom, @Positive int sweepBatchSize) {

    /** RET-02: ordinary zones keep footage at least 30 days. */
    public static final Duration DEFAULT_ORDINARY_MINIMUM = Duration.ofDays(30);
    /** RET-02: important zones keep footage at least 90 days. */
    public static final Duration DEFAULT_IMPORTANT_MINIMUM = Duration.ofDays(90);
    /** Free space kept by capacity pressure, in recording time at current rates. */
    public static final Duration DEFAULT_HEADROOM = Duration.ofDays(1);
    /** Segments per unit of work in a sweep. */
    public static final int DEFAULT_SWEEP_BATCH_SIZE = 1_000;

    /**
     * Refuses a policy that cannot be kept as an {@link InvalidCommand} naming the field (a missing,
     * zero, negative or longer-than-{@link Bounds#LONGEST} duration, a blank name, no shortage choice)
     * or as RET-09 (a maximum below a minimum); never with a raw JDK exception.
     */
    public RetentionPolicy {
        if (name == null || name.isBlank() || name.length() > Bounds.NAME) {
            throw invalid("name", "a retention policy needs a name of at most " + Bounds.NAME + " characters");
        }
        positive("ordinaryMinimum", ordinaryMinimum);
        positive("importantMinimum", importantMinimum);
        positive("headroom", headroom);
        if (maximum != null) {
            positive("maximum", maximum);
        }
        if (onShortage == null) {
            throw invalid("onShortage", "the choice for a storage shortage must be made explicitly (RET-10)");
        }
        if (cameraMinimums == null || triggerMinimums == null) {
            throw invalid(cameraMinimums == null ? "cameraMinimums" : "triggerMinimums", "must not be null");
        }
        Map<CameraId, Duration> cameras = new HashMap<>();
        cameraMinimums.forEach((camera, d) -> {
            if (camera == null) {
                throw invalid("cameraMinimums", "must not name a null camera");
            }
            positive("cameraMinimums[" + camera + "]", d);
            cameras.put(camera, d);
        });
        Map<Trigger, Duration> triggers = new EnumMap<>(Trigger.class);
        triggerMinimums.forEach((trigger, d) -> {
            if (trigger == null) {
                throw invalid("triggerMinimums", "must not name a null trigger");
            }
            positive("triggerMinimums[" + trigger + "]", d);
            triggers.put(trigger, d);
        });
        if (sweepBatchSize < 1 || sweepBatchSize > 100_000) {
            throw invalid("sweepBatchSize", "must be from 1 to 100,000, was " + sweepBatchSize);
        }
        if (maximum != null) {
            refuseBelow(maximum, "the ordinary-zone minimum", ordinaryMinimum);
            refuseBelow(maximum, "the important-zone minimum", importantMinimum);
            for (Map.Entry<CameraId, Duration> e : cameras.entrySet()) {
                refuseBelow(maximum, "the minimum of camera " + e.getKey(), e.getValue());
            }
            for (Map.Entry<Trigger, Duration> e : triggers.entrySet()) {
                refuseBelow(maximum, "the minimum of " + e.getKey().name().toLowerCase() + " footage", e.getValue());
            }
        }
        cameraMinimums = Map.copyOf(cameras);
        triggerMinimums = Map.copyOf(triggers);
    }

    private static void positive(String field, Duration d) {
        if (d == null || d.isNegative() || d.isZero() || d.compareTo(Bounds.LONGEST) > 0) {
            throw invalid(field, "must be a positive duration of at most " + Bounds.LONGEST.toDays() + " days, was " + d);
        }
    }

    private static InvalidCommand invalid(String field, String message) {
        return Bounds.refusal("RetentionPolicy", field, message);
    }

    private static void refuseBelow(Duration maximum, String what, Duration minimum) {
        if (maximum.compareTo(minimum) < 0) {
            throw new RuleViolation("RET-09", "a maximum retention of " + days(maximum) + " is below " + what
                    + " of " + days(minimum) + "; a maximum may not be below a minimum");
        }
    }

    /** A duration said in days ("30 days"), or hours when not whole days. */
    public static String days(Duration d) {
        return d.toHours() % 24 == 0 && d.toSeconds() % 3600 == 0 ? d.toDays() + " days" : d.toString();
    }

    /** The catalogue's defaults (30 / 90 days, no maximum) with the shortage choice made explicitly. */
    public static RetentionPolicy defaults(ShortageChoice onShortage) {
        return builder("default", onShortage).build();
    }

    /** A policy to be built; the shortage choice is required (RET-10). */
    public static Builder builder(String name, ShortageChoice onShortage) {
        return new Builder(name, onShortage);
    }

    /** The maximum retention, when one is set (RET-09). */
    public Optional<Duration> maximumRetention() {
        return Optional.ofNullable(maximum);
    }

    /** The minimum of a zone importance (RET-02). */
    public Duration zoneMinimum(ZoneImportance importance) {
        return importance == ZoneImportance.IMPORTANT ? importantMinimum : ordinaryMinimum;
    }

    /** The longest minimum matching a segment of {@code camera} in a zone of {@code importance}, recorded on {@code trigger}. */
    public Duration minimumFor(CameraId camera, ZoneImportance importance, Trigger trigger) {
        Duration longest = zoneMinimum(importance);
        Duration byCamera = cameraMinimums.get(camera);
        if (byCamera != null && byCamera.compareTo(longest) > 0) {
            longest = byCamera;
        }
        Duration byTrigger = triggerMinimums.get(trigger);
        if (byTrigger != null && byTrigger.compareTo(longest) > 0) {
            longest = byTrigger;
        }
        return longest;
    }

    /** The keep-until of a segment ending at {@code end}: its end plus the longest matching minimum (RET-02). */
    public Instant keepUntil(CameraId camera, ZoneImportance importance, Trigger trigger, Instant end) {
        return end.plus(minimumFor(camera, importance, trigger));
    }

    /** The instant after which the sweep destroys an unprotected segment ending at {@code end}, when a maximum is set. */
    public Optional<Instant> maximumReachedAt(Instant end) {
        return maximumRetention().map(end::plus);
    }

    /** Builds a {@link RetentionPolicy}, starting from the catalogue's defaults. */
    public static final class Builder {
        private final String name;
        private final ShortageChoice onShortage;
        private Duration ordinary = DEFAULT_ORDINARY_MINIMUM;
        private Duration important = DEFAULT_IMPORTANT_MINIMUM;
        private Duration maximum;
        private final Map<CameraId, Duration> cameras = new HashMap<>();
        private final Map<Trigger, Duration> triggers = new HashMap<>();
        private Duration headroom = DEFAULT_HEADROOM;
        private int batch = DEFAULT_SWEEP_BATCH_SIZE;

        private Builder(String name, ShortageChoice onShortage) {
            this.name = name;
            this.onShortage = onShortage;
        }

        public Builder ordinaryMinimum(Duration d) {
            this.ordinary = d;
            return this;
        }

        public Builder importantMinimum(Duration d) {
            this.important = d;
            return this;
        }

        /** Sets a maximum retention; {@code null} removes it. */
        public Builder maximum(Duration d) {
            this.maximum = d;
            return this;
        }

        /** Keeps this camera's footage at least {@code d}. */
        public Builder camera(CameraId camera, Duration d) {
            cameras.put(camera, d);
            return this;
        }

        /** Keeps footage recorded on {@code trigger} at least {@code d}. */
        public Builder trigger(Trigger trigger, Duration d) {
            triggers.put(trigger, d);
            return this;
        }

        public Builder headroom(Duration d) {
            this.headroom = d;
            return this;
        }

        public Builder sweepBatchSize(int size) {
            this.batch = size;
            return this;
        }

        /** The policy; throws RET-09 when the maximum is below a minimum, {@link InvalidCommand} for a bad value. */
        public RetentionPolicy build() {
            return new RetentionPolicy(name, ordinary, important, maximum, cameras, triggers, onShortage, headroom, batch);
        }
    }
}
