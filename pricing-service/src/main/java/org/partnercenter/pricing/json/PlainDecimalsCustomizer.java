package org.partnercenter.pricing.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Prices are written as plain decimals ({@code 0.0000004}, not {@code 4E-7}): clients parse either, but people and
 * spreadsheets reading a rate card or a CSV beside it expect the same digits. Runs after the commons conventions.
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
