package org.partnercenter.commons.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"100, 100", "1E+2, 100", "100.00, 100", "' 0.0000004 ', 0.0000004", "4E-7, 0.0000004", "0E-400, 0",
        "123456789012345678.123456789012345678, 123456789012345678.123456789012345678", "-1.50, -1.5"})
    void shouldReadTheShortestPlainFormWhenTheTextIsADecimalOfAtMost18DigitsEachSide(String text, String plain) {
        assertThat(Decimals.plain(Decimals.parse(text))).isEqualTo(plain);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "abc", "1,5", "NaN", "1e19", "1e-19", "1234567890123456789", "1e400", "1e-400",
        "1e999999999"})
    void shouldRefuseWhenTheTextIsNoDecimalOrHasMoreThan18DigitsOnASide(String text) {
        assertThat(Decimals.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0} within {1}: {2}")
    @CsvSource({"1e100, 100, false", "1e99, 100, true", "1e-100, 100, true", "1e-101, 100, false",
        "1.5000000000, 1, true", "0E+400, 1, true", "12.5, 1, false"})
    void shouldCountDigitsWithoutTrailingZerosWhenBoundingADecimal(String value, int digits, boolean within) {
        assertThat(Decimals.hasAtMostDigits(new BigDecimal(value), digits)).isEqualTo(within);
    }
}
