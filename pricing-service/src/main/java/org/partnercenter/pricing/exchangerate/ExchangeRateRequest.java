package org.partnercenter.pricing.exchangerate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * {@code POST /v1/exchangerates}: {@code {"effectiveDate", "base": "USD", "rates": {"EUR": 0.92}}}. Values stay as
 * sent so that each bad one is named in the 400 instead of failing the whole body.
 */
public record ExchangeRateRequest(String effectiveDate, String base, Map<String, JsonNode> rates) {
}
