package org.partnercenter.commons.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.error.ApiException;

class PageRequestTest {

    private static final PageLimits LIMITS = new PageLimits(100, 500);

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null,100", "'',100", "1,1", "40,40", "500,500", "501,500", "100000,500"})
    void shouldClampTheSizeWhenItIsOutOfRange(String size, int expected) {
        assertThat(PageRequest.of(size, null, LIMITS).size()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", " 0 ", "00", "-0"})
    void shouldUseTheDefaultSizeWhenTheSdkSendsSizeZero(String size) {
        assertThat(PageRequest.of(size, null, LIMITS).size()).isEqualTo(LIMITS.defaultSize());
    }

    @Test
    void shouldUseTheListsOwnDefaultWhenSizeZeroComesToAListWithOtherLimits() {
        assertThat(PageRequest.of("0", null, new PageLimits(40, 2000)).size()).isEqualTo(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-3", "ten", "1.5"})
    void shouldRefuseTheSizeWhenItIsNotAWholeNumberOfZeroOrMore(String size) {
        assertThatThrownBy(() -> PageRequest.of(size, null, LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.data()).containsExactly("size"));
    }

    @Test
    void shouldCarryTheSortKeysThroughTheTokenWhenTheClientSendsItBack() {
        SeekPosition position = new SeekPosition(List.of("Contoso, Ltd.", "", "7f1c0c53-2f1e-4c7a-9b53-1c1c1c1c1c1c"));

        PageRequest next = PageRequest.of("10", position.encode(), LIMITS);

        assertThat(next.after()).contains(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AQAAAA==", "%%%", "bm90LW91cnM"})
    void shouldRefuseTheTokenWhenWeDidNotIssueIt(String token) {
        assertThatThrownBy(() -> PageRequest.of(null, token, LIMITS))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.data()).containsExactly(PageRequest.CONTINUATION_HEADER));
    }
}
