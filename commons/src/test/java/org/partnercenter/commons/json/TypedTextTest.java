package org.partnercenter.commons.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that are not strings on our side (ids, dates, numbers, enums) arrive as JSON text too. Jackson trims such
 * text and reads what is left empty as "no value": a NUL or blanks sent as an id must be refused, not dropped.
 */
class TypedTextTest {

    enum Cycle { MONTHLY }

    record Order(UUID referenceCustomerId, Instant at, LocalDate day, Integer quantity, BigDecimal amount,
            Cycle billingCycle) {
    }

    private final ObjectMapper json = WireJsonCustomizer.configure(new ObjectMapper());

    @ParameterizedTest
    @ValueSource(strings = {"referenceCustomerId", "at", "day", "quantity", "amount", "billingCycle"})
    void shouldRefuseTheValueWhenATypedFieldIsSentAsANul(String field) {
        assertRefused("{\"" + field + "\": \"\\u0000\"}", field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"referenceCustomerId", "at", "day", "quantity", "amount", "billingCycle"})
    void shouldRefuseTheValueWhenATypedFieldIsSentBlank(String field) {
        assertRefused("{\"" + field + "\": \"  \"}", field);
        assertRefused("{\"" + field + "\": \"\"}", field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\u00002026-12-06T10:00:00Z\"", "\"2026-12-06T10:00:00Z\\u0000\"", "\"\\ud8002026-12-06T10:00:00Z\""})
    void shouldRefuseTheValueWhenAValidValueCarriesANulOrBrokenSurrogate(String value) {
        assertRefused("{\"at\": " + value + "}", "at");
    }

    @Test
    void shouldReadTypedValuesWhenTheyAreSentAsText() throws Exception {
        UUID id = UUID.randomUUID();
        Order order = json.readValue("{\"referenceCustomerId\": \"" + id + "\", \"at\": \"2026-12-06T10:00:00Z\", "
                + "\"day\": \"2026-12-06\", \"quantity\": \"3\", \"amount\": \"1.50\", \"billingCycle\": \"monthly\"}",
                Order.class);
        assertThat(order).isEqualTo(new Order(id, Instant.parse("2026-12-06T10:00:00Z"), LocalDate.of(2026, 12, 6), 3,
                new BigDecimal("1.50"), Cycle.MONTHLY));
    }

    @Test
    void shouldLeaveAFieldUnsetWhenItIsNullOrAbsent() throws Exception {
        assertThat(json.readValue("{\"referenceCustomerId\": null}", Order.class).referenceCustomerId()).isNull();
        assertThat(json.readValue("{}", Order.class).at()).isNull();
    }

    private void assertRefused(String body, String field) {
        assertThatThrownBy(() -> json.readValue(body, Order.class))
                .as(body)
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getPath().get(0).getFieldName())
                        .isEqualTo(field));
    }
}
