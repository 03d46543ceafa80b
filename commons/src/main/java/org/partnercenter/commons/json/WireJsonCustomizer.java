package org.partnercenter.commons.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The Partner Center JSON conventions for every service: camelCase out, property names and enum values
 * in any case on input (the real docs send PascalCase), unknown and read-only fields ignored, money as
 * exact decimals, dates as ISO-8601 text (read as in query parameters, {@link WireTimeDeserializer}). Lenient
 * in names, strict in content: one document with each key once, bounded in depth and size
 * ({@link DocumentLimits}), booleans only as true or false, and text that PostgreSQL can store
 * ({@link StorableText}), also where it stands for an id, a date or a number ({@link TypedText}).
 */
@Singleton
public class WireJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** Also used outside CDI (events read by plain Kafka clients) so that both agree. */
    @SuppressWarnings("deprecation")
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true);
        mapper.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        mapper.configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, true);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        strictContent(mapper);
        mapper.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        mapper.registerModule(new WireEnumModule());
        mapper.registerModule(new SimpleModule("wire-content")
                .addDeserializer(String.class, new StorableText())
                .addKeyDeserializer(String.class, new StorableText.Keys())
                .addDeserializer(BigDecimal.class, new BoundedDecimals())
                .addDeserializer(Instant.class, WireTimeDeserializer.INSTANT)
                .addDeserializer(OffsetDateTime.class, WireTimeDeserializer.OFFSET_DATE_TIME)
                .setDeserializerModifier(new TypedText.Modifier()));
        return mapper;
    }

    /** A document that two readers could understand differently (a key twice, more after its end) is refused. */
    private static void strictContent(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(DocumentLimits.constraints());
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
