package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Decimals (prices, quantities, money) are written plain ({@code 0.0000004} and {@code 100}, never {@code 4E-7} or
 * {@code 1E+2}) by every service's API, as events already write them ({@code EventJson}): clients parse either, but
 * people and spreadsheets reading a rate card, a line item or a CSV beside it expect the same digits. Runs after the
 * commons conventions ({@link WireJsonCustomizer}).
 */
@Singleton
public class PlainDecimalsCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
