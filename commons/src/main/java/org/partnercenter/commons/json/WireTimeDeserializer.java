package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.partnercenter.commons.time.WireTimes;

/**
 * Dates and times in JSON bodies read as in query parameters ({@link WireTimes}): a date or a date-time without a
 * zone is accepted as UTC, a year beyond 9999 is refused instead of failing in PostgreSQL, and a number is not taken
 * for seconds since 1970 (the real API never sends one).
 */
final class WireTimeDeserializer<T> extends StdScalarDeserializer<T> {

    static final WireTimeDeserializer<Instant> INSTANT = new WireTimeDeserializer<>(Instant.class, t -> t);
    static final WireTimeDeserializer<OffsetDateTime> OFFSET_DATE_TIME =
            new WireTimeDeserializer<>(OffsetDateTime.class, t -> t.atOffset(ZoneOffset.UTC));

    private final transient Function<Instant, T> fromInstant;

    private WireTimeDeserializer(Class<T> type, Function<Instant, T> fromInstant) {
        super(type);
        this.fromInstant = fromInstant;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
        String text = parser.getText();
        Instant instant = WireTimes.find(text).orElseThrow(() -> InvalidFormatException.from(parser,
                "is not " + WireTimes.EXPECTED, text, handledType()));
        return fromInstant.apply(instant);
    }
}
