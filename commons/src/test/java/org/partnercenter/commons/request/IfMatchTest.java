package org.partnercenter.commons.request;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

class IfMatchTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"42\"", "42", "W/\"42\"", " \"42\" "})
    void shouldAcceptTheEtagWhenItIsCurrentInAnySpelling(String header) {
        assertThatCode(() -> IfMatch.check(header, null, 42)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseWith2055WhenTheEtagIsStale() {
        assertThatThrownBy(() -> IfMatch.check("\"41\"", null, 42))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(400);
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCodes.ETAG_NO_LONGER_VALID);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"5920358838484612121\"", "\"eyJpZCI6ImEzNTZh\"", "\"-1\"", "\"042\""})
    void shouldRefuseWith2055WhenTheEtagIsNoVersionOfThisResource(String header) {
        assertThatThrownBy(() -> IfMatch.check(header, null, 42))
                .isInstanceOfSatisfying(ApiException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.code()).isEqualTo(ErrorCodes.ETAG_NO_LONGER_VALID));
    }

    @Test
    void shouldUseTheBodysEtagWhenNoHeaderIsSent() {
        assertThatCode(() -> IfMatch.check(null, "42", 42)).doesNotThrowAnyException();
        assertThatThrownBy(() -> IfMatch.check("", "41", 42)).isInstanceOf(ApiException.class);
    }

    @Test
    void shouldRefuseNamingIfMatchWhenNoEtagIsSent() {
        assertThatThrownBy(() -> IfMatch.check(null, null, 42))
                .isInstanceOfSatisfying(ApiException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.data()).containsExactly("If-Match"));
    }
}
