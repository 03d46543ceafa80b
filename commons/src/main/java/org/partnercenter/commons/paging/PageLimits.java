package org.partnercenter.commons.paging;

/** The default and the maximum page size of one collection; a larger {@code size} is clamped, not refused. */
public record PageLimits(int defaultSize, int maxSize) {

    public PageLimits {
        if (defaultSize < 1 || maxSize < defaultSize) {
            throw new IllegalArgumentException("need 1 <= defaultSize <= maxSize");
        }
    }
}
