package io.watchfloor.adapters.onvif;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One event notification from a pull point: its topic (prefix stripped, such as
 * {@code RuleEngine/CellMotionDetector/Motion}), when it happened, the property operation
 * ({@code Initialized}, {@code Changed}, {@code Deleted}, or empty), and its source and data items.
 */
public record Notification(String topic, Optional<Instant> utcTime, String propertyOperation, Map<String, String> source, Map<String, String> data) {

    public Notification {
        source = Map.copyOf(source);
        data = Map.copyOf(data);
    }
}
