package org.partnercenter.commons.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of rows and, when more follow, where the next page starts. */
public record Page<T>(List<T> items, Optional<SeekPosition> next) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
