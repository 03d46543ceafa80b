package org.partnercenter.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageChargesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # case                                 | tiers                 | included | before | quantity | currency | rate  | usd      | exact      | amount
            one tier                               | 0=0.02                | 0        | 0      | 10       | USD      | 1     | 0.2      | 0.2        | 0.20
            up to a tier boundary                  | 0=0.02;100=0.015      | 0        | 0      | 100      | USD      | 1     | 2        | 2          | 2.00
            across a tier boundary                 | 0=0.02;100=0.015      | 0        | 90     | 20       | USD      | 1     | 0.35     | 0.35       | 0.35
            starting exactly at a tier boundary    | 0=0.02;100=0.015      | 0        | 100    | 10       | USD      | 1     | 0.15     | 0.15       | 0.15
            ending one unit before a boundary      | 0=0.02;100=0.015      | 0        | 0      | 99       | USD      | 1     | 1.98     | 1.98       | 1.98
            across three tiers                     | 0=1;10=0.5;20=0.25    | 0        | 5      | 20       | USD      | 1     | 11.25    | 11.25      | 11.25
            all within the included quantity       | 0=0.02                | 5        | 0      | 5        | USD      | 1     | 0        | 0          | 0.00
            partly within the included quantity    | 0=0.02                | 5        | 3      | 5        | USD      | 1     | 0.06     | 0.06       | 0.06
            included quantity then two tiers       | 0=0.02;100=0.015      | 5        | 0      | 120      | USD      | 1     | 2.2      | 2.2        | 2.20
            after the included quantity was used   | 0=0.02                | 5        | 10     | 1        | USD      | 1     | 0.02     | 0.02       | 0.02
            included quantity beyond a tier start  | 0=1;10=0.5            | 15       | 0      | 20       | USD      | 1     | 2.5      | 2.5        | 2.50
            no quantity                            | 0=0.02                | 0        | 0      | 0        | USD      | 1     | 0        | 0          | 0.00
            fractional quantity                    | 0=3.9729              | 0        | 0      | 0.5      | USD      | 1     | 1.98645  | 1.98645    | 1.99
            converted to EUR                       | 0=0.02;100=0.015      | 0        | 90     | 20       | EUR      | 0.92  | 0.35     | 0.322      | 0.32
            half-even rounds a half down to even   | 0=0.001               | 0        | 0      | 125      | USD      | 1     | 0.125    | 0.125      | 0.12
            half-even rounds a half up to even     | 0=0.001               | 0        | 0      | 135      | USD      | 1     | 0.135    | 0.135      | 0.14
            rounded once, not per tier             | 0=0.005;1=0.005       | 0        | 0      | 2        | USD      | 1     | 0.01     | 0.01       | 0.01
            yen has no minor units                 | 0=0.02;100=0.015      | 0        | 90     | 20       | JPY      | 151.5 | 0.35     | 53.025     | 53
            three-decimal dinar                    | 0=0.02;100=0.015      | 0        | 90     | 20       | KWD      | 0.307 | 0.35     | 0.10745    | 0.107
            """)
    void shouldChargeExactlyWithOneRoundingWhenUsageIsRated(String description, String tiers, String included,
            String before, String quantity, String currency, String rate, String usd, String exact, String amount) {
        MeterRates meter = meter(tiers, included);
        ExchangeRate exchange = currency.equals("USD") ? ExchangeRate.usd()
                : new ExchangeRate(currency, new BigDecimal(rate), Instant.parse("2025-01-01T00:00:00Z"), UUID.randomUUID());

        Charge charge = UsageCharges.charge(meter, new BigDecimal(quantity), new BigDecimal(before), exchange);

        assertThat(charge.usdAmount()).isEqualByComparingTo(usd);
        assertThat(charge.exactAmount()).isEqualByComparingTo(exact);
        assertThat(charge.amount()).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void shouldSplitTheUsageByTierAndSayWhatWasFreeWhenItSpansThem() {
        Charge charge = UsageCharges.charge(meter("0=0.02;100=0.015", "5"), new BigDecimal("120"), BigDecimal.ZERO,
                ExchangeRate.usd());

        assertThat(charge.includedQuantity()).isEqualByComparingTo("5");
        assertThat(charge.tiers()).extracting(t -> t.startQuantity().toPlainString(), t -> t.quantity().toPlainString(),
                t -> t.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0", "95", "1.90"),
                        org.assertj.core.groups.Tuple.tuple("100", "20", "0.300"));
    }

    @Test
    void shouldRefuseNegativeQuantitiesWhenCharging() {
        assertThatThrownBy(() -> UsageCharges.charge(meter("0=1", "0"), new BigDecimal("-1"), BigDecimal.ZERO,
                ExchangeRate.usd())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void shouldRefuseAMeterWhenNoTierStartsAtZero() {
        assertThatThrownBy(() -> meter("10=1", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts at 0");
    }

    @Test
    void shouldRefuseRatesWhenATierRepeatsOrTheIncludedQuantityIsNegative() {
        assertThatThrownBy(() -> meter("0=1;10=2;10=3", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeats tier 10");
        assertThatThrownBy(() -> meter("0=1", "-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative included quantity");
    }

    @Test
    void shouldRateByAscendingTiersWhenTheyAreGivenInAnyOrder() {
        Charge charge = UsageCharges.charge(meter("100=0.015;0=0.02", "0"), new BigDecimal("20"), new BigDecimal("90"),
                ExchangeRate.usd());

        assertThat(charge.usdAmount()).isEqualByComparingTo("0.35");
    }

    private static MeterRates meter(String tiers, String included) {
        List<Tier> list = Arrays.stream(tiers.split(";")).map(t -> t.split("="))
                .map(t -> new Tier(new BigDecimal(t[0]), new BigDecimal(t[1]))).toList();
        return new MeterRates(new BigDecimal(included), list);
    }
}
