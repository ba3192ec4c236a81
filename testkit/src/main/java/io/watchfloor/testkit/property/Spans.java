package io.watchfloor.testkit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the draws of generators lie in a choice sequence: for each span, its {@code [start, end)}
 * and the span it was drawn in ({@code -1} at the top), in the order the spans were opened.
 */
final class Spans {

    static final Spans NONE = new Spans(new int[0], new int[0], new int[0]);

    private final int[] start;
    private final int[] end;
    private final int[] parent;
    private Map<Integer, int[]> children;

    Spans(int[] start, int[] end, int[] parent) {
        this.start = start;
        this.end = end;
        this.parent = parent;
    }

    int count() {
        return start.length;
    }

    int start(int span) {
        return start[span];
    }

    int end(int span) {
        return end[span];
    }

    int length(int span) {
        return end[span] - start[span];
    }

    int parent(int span) {
        return parent[span];
    }

    /** The spans drawn directly in {@code parent} (or at the top for -1), by start. */
    int[] children(int parent) {
        if (children == null) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (int span = 0; span < count(); span++) {
                lists.computeIfAbsent(this.parent[span], p -> new ArrayList<>()).add(span);
            }
            children = new HashMap<>();
            lists.forEach((p, list) -> {
                int[] sorted = list.stream().mapToInt(Integer::intValue).toArray();
                children.put(p, sorted); // opened in order, so already sorted by start
            });
        }
        return children.getOrDefault(parent, new int[0]);
    }

    /**
     * The distinct non-empty spans as {@code [depth, start, end]} triples, outermost first (a span
     * drawn at the top has depth 0); within a depth from the end of the sequence backward and, at
     * one start, longest first.
     */
    int[][] outermostFromTheEnd() {
        int[] depth = new int[count()];
        int[][] triples = new int[count()][];
        int size = 0;
        for (int span = 0; span < count(); span++) {
            depth[span] = parent[span] < 0 ? 0 : depth[parent[span]] + 1; // parents open before children
            if (end[span] > start[span]) {
                triples[size++] = new int[] {depth[span], start[span], end[span]};
            }
        }
        int[][] sorted = Arrays.copyOf(triples, size);
        Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                : a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(b[2], a[2]));
        int distinct = 0;
        for (int[] triple : sorted) {
            if (distinct == 0 || sorted[distinct - 1][1] != triple[1] || sorted[distinct - 1][2] != triple[2]) {
                sorted[distinct++] = triple;
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
