package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Refuses a decimal with more than {@link DocumentLimits#MAX_DECIMAL_DIGITS} digits before or after the point: the
 * exponent form is short ({@code 1e400}, {@code 1e-400}) but stands for a number no quantity or price can be, and
 * one that costs time and memory wherever it is written out in full.
 */
final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = super.deserialize(parser, context);
        if (value != null && value.signum() != 0 && (value.scale() > DocumentLimits.MAX_DECIMAL_DIGITS
                || value.precision() - value.scale() > DocumentLimits.MAX_DECIMAL_DIGITS)) {
            throw InvalidFormatException.from(parser, DocumentLimits.DECIMAL_OUT_OF_RANGE, value.toString(), BigDecimal.class);
        }
        return value;
    }
}
