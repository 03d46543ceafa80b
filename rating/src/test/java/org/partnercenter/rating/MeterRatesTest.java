package org.partnercenter.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeterRatesTest {

    private final MeterRates rates = new MeterRates(BigDecimal.ZERO, List.of(
            new Tier(new BigDecimal("100"), new BigDecimal("0.5")), new Tier(BigDecimal.ZERO, BigDecimal.ONE)));

    @Test
    void shouldGiveThePriceOfTheTierTheLastUnitFellInWhenAskedForTheUnitPriceAtAQuantity() {
        assertThat(rates.unitPriceAt(BigDecimal.ZERO)).isEqualByComparingTo("1");
        assertThat(rates.unitPriceAt(new BigDecimal("99.5"))).isEqualByComparingTo("1");
        // the 100th unit is [99, 100): still the first tier
        assertThat(rates.unitPriceAt(new BigDecimal("100"))).isEqualByComparingTo("1");
        assertThat(rates.unitPriceAt(new BigDecimal("100.01"))).isEqualByComparingTo("0.5");
    }
}
