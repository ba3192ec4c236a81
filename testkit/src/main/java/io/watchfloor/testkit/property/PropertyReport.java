package io.watchfloor.testkit.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a property that held saw: its name, seed and tries, how many tries were
 * {@linkplain Property#classify classified} under each label, and how often each
 * {@linkplain Property#collect collected} value came up. {@link #toString()} prints it as a table,
 * and a property prints it to standard output when it has anything to show.
 */
public final class PropertyReport {

    private final String name;
    private final long seed;
    private final int tries;
    private final Map<String, Integer> labels;
    private final Map<Object, Integer> collected;

    PropertyReport(String name, long seed, int tries, Map<String, Integer> labels, Map<Object, Integer> collected) {
        this.name = name;
        this.seed = seed;
        this.tries = tries;
        this.labels = Collections.unmodifiableMap(sortedByCount(labels));
        this.collected = Collections.unmodifiableMap(sortedByCount(collected));
    }

    /** @return the property's name */
    public String name() {
        return name;
    }

    /** @return the seed the run used; {@code -Dwatchfloor.seed=} with it replays the run */
    public long seed() {
        return seed;
    }

    /** @return the number of tries run */
    public int tries() {
        return tries;
    }

    /** @return for each label, the number of tries classified under it, most frequent first */
    public Map<String, Integer> labels() {
        return labels;
    }

    /** @return for each collected value, how often it was collected, most frequent first */
    public Map<Object, Integer> collected() {
        return collected;
    }

    /**
     * The share of tries classified under a label.
     *
     * @param label the label
     * @return a number in {@code [0, 1]}
     */
    public double share(String label) {
        return tries == 0 ? 0.0 : labels.getOrDefault(label, 0) / (double) tries;
    }

    boolean hasStatistics() {
        return !labels.isEmpty() || !collected.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append("Property '").append(name).append("': ").append(tries).append(" tries, seed ").append(seed);
        appendTable(text, "labels", labels, tries);
        int total = collected.values().stream().mapToInt(Integer::intValue).sum();
        appendTable(text, "collected", collected, total);
        return text.toString();
    }

    private static void appendTable(StringBuilder text, String title, Map<?, Integer> counts, int total) {
        if (counts.isEmpty()) {
            return;
        }
        int width = counts.keySet().stream().mapToInt(key -> String.valueOf(key).length()).max().orElse(1);
        text.append(System.lineSeparator()).append("  ").append(title).append(':');
        counts.forEach((key, count) -> text.append(System.lineSeparator())
                .append(String.format("    %-" + width + "s %6d  %5.1f%%", key, count, 100.0 * count / total)));
    }

    private static <K> Map<K, Integer> sortedByCount(Map<K, Integer> counts) {
        List<Map.Entry<K, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<K, Integer>comparingByValue().reversed());
        Map<K, Integer> sorted = new LinkedHashMap<>();
        entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
