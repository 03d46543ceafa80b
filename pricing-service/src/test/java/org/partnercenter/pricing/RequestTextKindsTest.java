package org.partnercenter.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.exchangerate.ExchangeRateRequest;
import org.partnercenter.testing.RequestTextKinds;

/** Every String of every request body declares its kind of text, so that none goes unbounded. */
class RequestTextKindsTest {

    @Test
    void shouldDeclareAKindForEveryTextWhenARecordIsARequestBody() {
        RequestTextKinds kinds = RequestTextKinds.inPackage("org.partnercenter.pricing");

        assertThat(kinds.bodies()).contains(ExchangeRateRequest.class);
        assertThat(kinds.undeclared()).isEmpty();
    }
}
