package org.partnercenter.commons.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionLinksTest {

    @ParameterizedTest
    @CsvSource({"/v1/customers,/customers", "v1/customers/abc,/customers/abc", "/v1,''", "/v10/x,/v10/x",
            "/customers,/customers"})
    void shouldMakeLinksRelativeToV1WhenTheRequestPathStartsWithIt(String path, String expected) {
        assertThat(CollectionLinks.relativePath(path)).isEqualTo(expected);
    }
}
