package org.partnercenter.commons.paging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The page sizes of every list of a service: {@code partner-center.paging.default-size} and {@code .max-size} for
 * all its lists, and {@code partner-center.paging.lists.<list>.default-size} or {@code .max-size} for one list
 * (a list names itself, e.g. {@code orders}). Without any property a list pages by 100, at most 1,000.
 */
@ConfigMapping(prefix = "partner-center.paging")
public interface PagingConfig {

    /** The page size when the caller sends no {@code size}. */
    @WithDefault("100")
    int defaultSize();

    /** The largest page; a larger {@code size} is clamped to it. */
    @WithDefault("1000")
    int maxSize();

    /** Lists whose sizes differ from the service's, by list name. */
    Map<String, ListSizes> lists();

    interface ListSizes {
        OptionalInt defaultSize();

        OptionalInt maxSize();
    }

    /** The limits of one list: its own sizes where it has them, the service's otherwise. */
    default PageLimits limits(String list) {
        ListSizes own = lists().get(list);
        int defaultSize = own == null ? defaultSize() : own.defaultSize().orElse(defaultSize());
        int maxSize = own == null ? maxSize() : own.maxSize().orElse(maxSize());
        try {
            return new PageLimits(defaultSize, maxSize);
        } catch (IllegalArgumentException e) {
            String prefix = own == null ? "partner-center.paging" : "partner-center.paging.lists." + list;
            throw new IllegalStateException(prefix + ": default-size " + defaultSize + " and max-size " + maxSize
                    + " break the rule " + e.getMessage(), e);
        }
    }
}
