package org.partnercenter.commons.paging;

/**
 * The default and the maximum page size of one collection, as {@link PagingConfig#limits} configures them; a larger
 * {@code size} is clamped, not refused.
 */
public record PageLimits(int defaultSize, int maxSize) {

    public PageLimits {
        if (defaultSize < 1 || maxSize < defaultSize) {
            throw new IllegalArgumentException("1 <= default size <= max size");
        }
    }
}
