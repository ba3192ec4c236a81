package io.watchfloor.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The duty report a centre head reads at the end of the week: sections of sentences, and the
 * figures behind them under stable keys (such as {@code "people.staff"}) for tests to check.
 */
public final class DutyReport {

    private final String title;
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final Map<String, Number> figures = new LinkedHashMap<>();

    public DutyReport(String title) {
        this.title = title;
    }

    /** Adds a line to a section, creating the section on first use. */
    public DutyReport line(String section, String line) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(line);
        return this;
    }

    /** Records a figure under a stable key. */
    public DutyReport figure(String key, Number value) {
        figures.put(key, value);
        return this;
    }

    /** The figure under {@code key}; throws when the report has none. */
    public Number figure(String key) {
        Number value = figures.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the report has no figure " + key + "; it has " + figures.keySet());
        }
        return value;
    }

    /** Every figure, in the order recorded. */
    public Map<String, Number> figures() {
        return Map.copyOf(figures);
    }

    /** The lines of a section. */
    public List<String> section(String name) {
        return List.copyOf(sections.getOrDefault(name, List.of()));
    }

    /** The report as text. */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append(title).append('\n').append("=".repeat(title.length())).append('\n');
        sections.forEach((name, lines) -> {
            text.append('\n').append(name).append('\n').append("-".repeat(name.length())).append('\n');
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        });
        return text.toString();
    }
}
