package org.partnercenter.pricing.pricelist.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.pricing.config.PricingServiceConfig;

/**
 * Reads {@code {"effectiveDate", "currency", "meters": [AzureMeter...]}} as a stream: one meter at a time becomes a
 * small tree, never the whole 20 MB body. Property names in any case, as the real API's clients send them.
 */
public final class JsonPriceListReader {

    private JsonPriceListReader() {
    }

    /**
     * Refuses the list as soon as it has one meter more than {@code limits.maxMeters()}, without reading the rest;
     * keeps at most {@code limits.maxReportedProblems()} bad rows.
     */
    public static PriceListInput read(ObjectMapper mapper, InputStream body, PricingServiceConfig.Publishing limits) {
        try (JsonParser parser = mapper.createParser(body)) {
            return read(parser, limits);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw ApiException.badRequest("The request body is not valid JSON" + (at == null ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage()
                    + ". Send {\"effectiveDate\", \"currency\", \"meters\": [...]} as application/json.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PriceListInput read(JsonParser parser, PricingServiceConfig.Publishing limits)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw ApiException.badRequest("The body must be a JSON object {\"effectiveDate\", \"currency\", "
                    + "\"meters\": [...]}.", List.of("body"));
        }
        Problems problems = new Problems(limits.maxReportedProblems());
        String effectiveDate = null;
        String currency = null;
        List<MeterInput> meters = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName().toLowerCase(Locale.ROOT);
            parser.nextToken();
            switch (field) {
                case "effectivedate" -> effectiveDate = scalar(parser, "effectiveDate", problems);
                case "currency" -> currency = scalar(parser, "currency", problems);
                case "meters" -> readMeters(parser, meters, problems, limits.maxMeters());
                default -> parser.skipChildren();
            }
        }
        return new PriceListInput(effectiveDate, currency, meters, problems);
    }

    private static void readMeters(JsonParser parser, List<MeterInput> meters, Problems problems, int maxMeters)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.add(Position.field("meters"), "must be an array of meters");
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (index == maxMeters) {
                throw PriceListInput.tooManyMeters(maxMeters);
            }
            Position position = Position.jsonMeter(index++, parser.currentTokenLocation().getLineNr());
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                meters.add(JsonMeters.meter(position, parser));
            } else {
                problems.add(position, "a meter must be a JSON object");
                parser.skipChildren();
            }
        }
    }

    private static String scalar(JsonParser parser, String field, Problems problems) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            // The number's text as sent: exact, and bounded by Jackson's number length limit.
            return parser.getText();
        }
        if (token != JsonToken.VALUE_NULL) {
            problems.add(Position.field(field), "must be a single value");
            parser.skipChildren();
        }
        return null;
    }
}
