package org.partnercenter.pricing.exchangerate;

import static org.partnercenter.commons.input.TextKind.CODE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.partnercenter.commons.input.Text;

/**
 * {@code POST /v1/exchangerates}: {@code {"effectiveDate", "base": "USD", "rates": {"EUR": 0.92}}}. Values stay as
 * sent so that each bad one is named in the 400 instead of failing the whole body.
 */
public record ExchangeRateRequest(@Text(CODE) String effectiveDate, @Text(CODE) String base,
        Map<@Text(CODE) String, JsonNode> rates) {
}
