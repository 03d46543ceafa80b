package org.partnercenter.commons.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingConfigTest {

    @Test
    void shouldPageBy100AtMost1000WhenNoPropertyIsSet() {
        PagingConfig paging = paging(Map.of());

        assertThat(paging.limits("orders")).isEqualTo(new PageLimits(100, 1000));
    }

    @Test
    void shouldUseTheServicesSizesWhenTheServiceSetsThem() {
        PagingConfig paging = paging(Map.of("partner-center.paging.max-size", "500"));

        assertThat(paging.limits("orders")).isEqualTo(new PageLimits(100, 500));
    }

    @Test
    void shouldUseAListsOwnSizesWhenItHasThemAndTheServicesOtherwise() {
        PagingConfig paging = paging(Map.of("partner-center.paging.max-size", "500",
                "partner-center.paging.lists.audit-records.default-size", "500",
                "partner-center.paging.lists.audit-records.max-size", "2000",
                "partner-center.paging.lists.orders.default-size", "200"));

        assertThat(paging.limits("audit-records")).isEqualTo(new PageLimits(500, 2000));
        assertThat(paging.limits("orders")).isEqualTo(new PageLimits(200, 500));
        assertThat(paging.limits("members")).isEqualTo(new PageLimits(100, 500));
    }

    @Test
    void shouldNameTheListWhenItsDefaultExceedsItsMaximum() {
        PagingConfig paging = paging(Map.of("partner-center.paging.lists.orders.default-size", "2000"));

        assertThatThrownBy(() -> paging.limits("orders")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("partner-center.paging.lists.orders: default-size 2000 and max-size 1000");
    }

    private static PagingConfig paging(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withMapping(PagingConfig.class)
                .build()
                .getConfigMapping(PagingConfig.class);
    }
}
