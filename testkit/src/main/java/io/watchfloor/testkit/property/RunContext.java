package io.watchfloor.testkit.property;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The labels and values a property body reports in one try, kept per thread while it runs. */
final class RunContext {

    private static final ThreadLocal<RunContext> CURRENT = new ThreadLocal<>();

    final boolean recording;
    final Set<String> labels = new LinkedHashSet<>();
    final List<Object> collected = new ArrayList<>();

    private RunContext(boolean recording) {
        this.recording = recording;
    }

    static RunContext recording() {
        return new RunContext(true);
    }

    static RunContext ignoring() {
        return new RunContext(false);
    }

    static RunContext current(String operation) {
        RunContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException(operation + " can only be called inside a property body while it runs");
        }
        return context;
    }

    /** Makes this the current context; returns the one it replaces, to give back to {@link #restore}. */
    RunContext enter() {
        RunContext previous = CURRENT.get();
        CURRENT.set(this);
        return previous;
    }

    static void restore(RunContext previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
