package org.partnercenter.commons.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrenciesTest {

    @Test
    void shouldAcceptOnlyUpperCaseCodesOfRealCurrencies() {
        assertThat(Currencies.isCurrency("EUR")).isTrue();
        assertThat(Currencies.isCurrency("USD")).isTrue();
        assertThat(Currencies.isCurrency("JPY")).isTrue();

        assertThat(Currencies.isCurrency("eur")).isFalse();
        assertThat(Currencies.isCurrency("XXX")).isFalse();
        assertThat(Currencies.isCurrency("ZZZ")).isFalse();
        assertThat(Currencies.isCurrency("EURO")).isFalse();
        assertThat(Currencies.isCurrency("")).isFalse();
        assertThat(Currencies.isCurrency(null)).isFalse();
    }
}
