package io.watchfloor.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a listing: its items, the request it answers and the total number of items. */
public record Page<T>(List<T> items, PageRequest request, long total) {

    /**
     * Refuses a negative total or a null item list.
     *
     * @param items the items of this page
     * @param request the page asked for
     * @param total how many items there are in all pages
     */
    public Page {
        Objects.requireNonNull(request, "request");
        items = List.copyOf(items);
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, was " + total);
        }
        if (items.size() > request.size()) {
            throw new IllegalArgumentException("a page of size " + request.size() + " cannot hold " + items.size() + " items");
        }
    }

    /**
     * {@return the page of {@code all} that {@code request} asks for}
     *
     * @param <T> the items' type
     * @param all every item, in order
     * @param request which page
     */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(all.subList(from, to), request, all.size());
    }

    /** {@return whether a page follows this one} */
    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    /**
     * {@return the same page with each item mapped}
     *
     * @param <R> the mapped type
     * @param mapper maps one item
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), request, total);
    }
}
