package org.partnercenter.commons.paging;

import java.util.List;
import java.util.Optional;
import org.partnercenter.commons.error.ApiException;

/** One page asked for: a clamped size and, after the first page, the position to continue from. */
public record PageRequest(int size, Optional<SeekPosition> after) {

    public static final String CONTINUATION_HEADER = "MS-ContinuationToken";

    /**
     * @param size the {@code size} query parameter as sent (null for the default)
     * @param continuationToken the {@code MS-ContinuationToken} header as sent (null on the first page)
     */
    public static PageRequest of(String size, String continuationToken, PageLimits limits) {
        return new PageRequest(clamp(size, limits), Optional.ofNullable(continuationToken)
                .filter(token -> !token.isBlank())
                .map(SeekPosition::decode));
    }

    private static int clamp(String size, PageLimits limits) {
        if (size == null || size.isBlank()) {
            return limits.defaultSize();
        }
        int requested;
        try {
            requested = Integer.parseInt(size.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'size' must be a whole number between 1 and " + limits.maxSize()
                    + ", got '" + size + "'.", List.of("size"));
        }
        if (requested < 1) {
            throw ApiException.badRequest("'size' must be at least 1, got " + requested + ".", List.of("size"));
        }
        return Math.min(requested, limits.maxSize());
    }
}
