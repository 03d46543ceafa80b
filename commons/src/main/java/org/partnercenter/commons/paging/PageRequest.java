package org.partnercenter.commons.paging;

import java.util.List;
import java.util.Optional;
import org.partnercenter.commons.error.ApiException;

/** One page asked for: a clamped size and, after the first page, the position to continue from. */
public record PageRequest(int size, Optional<SeekPosition> after) {

    public static final String CONTINUATION_HEADER = "MS-ContinuationToken";

    /**
     * @param size the {@code size} query parameter as sent (null or 0 for the default)
     * @param continuationToken the {@code MS-ContinuationToken} header as sent (null on the first page)
     */
    public static PageRequest of(String size, String continuationToken, PageLimits limits) {
        return new PageRequest(clamp(size, limits), Optional.ofNullable(continuationToken)
                .filter(token -> !token.isBlank())
                .map(SeekPosition::decode));
    }

    /**
     * {@code size=0} means the default page, as a missing size does: the SDKs send it on every query that is not
     * indexed (e.g. {@code GET /v1/customers?size=0&filter=...}), so refusing it would break them.
     */
    private static int clamp(String size, PageLimits limits) {
        if (size == null || size.isBlank()) {
            return limits.defaultSize();
        }
        int requested;
        try {
            requested = Integer.parseInt(size.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'size' must be a whole number up to " + limits.maxSize() + " (0 or none "
                    + "for the default, " + limits.defaultSize() + "), got '" + size + "'.", List.of("size"));
        }
        if (requested < 0) {
            throw ApiException.badRequest("'size' must be 0 or more (0 or none for the default, "
                    + limits.defaultSize() + "), got " + requested + ".", List.of("size"));
        }
        return requested == 0 ? limits.defaultSize() : Math.min(requested, limits.maxSize());
    }
}
