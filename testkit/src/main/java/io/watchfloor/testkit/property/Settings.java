package io.watchfloor.testkit.property;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** The settings of one property: name, tries, seed and the required shares of labels. */
final class Settings {

    static final String TRIES_PROPERTY = "watchfloor.tries";
    static final String SEED_PROPERTY = "watchfloor.seed";
    static final int DEFAULT_TRIES = 100;
    static final int DEFAULT_SHRINK_ATTEMPTS = 20_000;

    String name;
    Integer tries;
    Long seed;
    int maxShrinkAttempts = DEFAULT_SHRINK_ATTEMPTS;
    final Map<String, Double> requiredShares = new LinkedHashMap<>();

    Settings(String name) {
        this.name = name;
    }

    /** Tries set on the property, else {@code -Dwatchfloor.tries}, else 100. */
    int resolveTries() {
        if (tries != null) {
            return tries;
        }
        String global = System.getProperty(TRIES_PROPERTY);
        if (global == null || global.isBlank()) {
            return DEFAULT_TRIES;
        }
        try {
            int parsed = Integer.parseInt(global.trim());
            if (parsed < 1) {
                throw new NumberFormatException("less than 1");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-D" + TRIES_PROPERTY + "=" + global + " is not a whole number of tries of at least 1", e);
        }
    }

    boolean triesFromSystemProperty() {
        String global = System.getProperty(TRIES_PROPERTY);
        return tries == null && global != null && !global.isBlank();
    }

    /** Seed set on the property, else {@code -Dwatchfloor.seed}, else a fresh random seed. */
    long resolveSeed() {
        if (seed != null) {
            return seed;
        }
        String global = System.getProperty(SEED_PROPERTY);
        if (global == null || global.isBlank()) {
            return new SplittableRandom().nextLong();
        }
        try {
            return Long.parseLong(global.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + "=" + global + " is not a long", e);
        }
    }
}
