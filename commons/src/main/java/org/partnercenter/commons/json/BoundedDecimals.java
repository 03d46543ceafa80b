package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import org.partnercenter.commons.money.Decimals;

/**
 * Refuses a decimal with more than {@link DocumentLimits#MAX_DECIMAL_DIGITS} digits before or after the point, by the
 * rule of {@link Decimals}: a backstop for every number of every body, far above the bound of a price or quantity.
 */
final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = super.deserialize(parser, context);
        if (value != null && !Decimals.hasAtMostDigits(value, DocumentLimits.MAX_DECIMAL_DIGITS)) {
            throw InvalidFormatException.from(parser, DocumentLimits.DECIMAL_OUT_OF_RANGE, value.toString(), BigDecimal.class);
        }
        return value;
    }
}
