package org.partnercenter.commons.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.error.ApiException;

class SortKeyValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"+300000-01-01T00:00:00Z", "-001000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z"})
    void shouldRefuseTokenWhenItsInstantIsBeyondWhatTheDatabaseStores(String instant) {
        assertThatThrownBy(() -> SortKeyValues.parse(Instant.class, instant))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.status()).isEqualTo(400));
    }

    @Test
    void shouldRefuseTokenWhenItsTextHoldsANulCharacter() {
        assertThatThrownBy(() -> SortKeyValues.parse(String.class, "a\u0000b"))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.status()).isEqualTo(400));
    }

    @Test
    void shouldReadValuesWhenTheyAreAtTheEdgesOfTheStoredRange() {
        assertThat(SortKeyValues.parse(Instant.class, "9999-12-31T23:59:59Z"))
                .isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(SortKeyValues.parse(LocalDate.class, "0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void shouldReadTypedValuesWhenAQueryBindsTheTokenItself() {
        SeekPosition position = new SeekPosition(java.util.List.of("2026-11-01T00:00:00Z", "meter"));

        assertThat(position.typed(Instant.class, String.class))
                .containsExactly(Instant.parse("2026-11-01T00:00:00Z"), "meter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x'--", "+300000-01-01T00:00:00Z"})
    void shouldRefuseTypedValuesWhenTheTokenIsForgedOrHasAnotherLength(String first) {
        SeekPosition forged = new SeekPosition(java.util.List.of(first, "meter"));
        SeekPosition shorter = new SeekPosition(java.util.List.of("2026-11-01T00:00:00Z"));

        assertThatThrownBy(() -> forged.typed(Instant.class, String.class))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.status()).isEqualTo(400));
        assertThatThrownBy(() -> shorter.typed(Instant.class, String.class))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.status()).isEqualTo(400));
    }
}
