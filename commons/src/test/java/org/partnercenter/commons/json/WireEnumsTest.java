package org.partnercenter.commons.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.error.ApiException;

class WireEnumsTest {

    enum Status { OPEN, ATTENTION_NEEDED }

    record Ticket(Status status) {
    }

    private final ObjectMapper json = WireJsonCustomizer.configure(new ObjectMapper());

    @ParameterizedTest
    @ValueSource(strings = {"attention_needed", "AttentionNeeded", "ATTENTION_NEEDED", "attentionneeded", "Attention-Needed"})
    void shouldReadAnEnumWhenTheClientSpellsItAnyWay(String spelling) throws Exception {
        assertThat(json.readValue("{\"Status\": \"" + spelling + "\"}", Ticket.class).status())
                .isEqualTo(Status.ATTENTION_NEEDED);
    }

    @Test
    void shouldWriteLowerSnakeCaseWhenAnEnumGoesOut() throws Exception {
        assertThat(json.writeValueAsString(new Ticket(Status.ATTENTION_NEEDED)))
                .isEqualTo("{\"status\":\"attention_needed\"}");
    }

    @Test
    void shouldNameTheAcceptedValuesWhenAnEnumValueIsUnknown() {
        assertThatThrownBy(() -> json.readValue("{\"status\": \"pending\"}", Ticket.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("open, attention_needed");
    }

    @Test
    void shouldRefuseAQueryParameterWithA400WhenItIsNotAValue() {
        assertThatThrownBy(() -> WireEnums.parse(Status.class, "status", "pending"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.data()).containsExactly("status");
                });
    }

    @Test
    void shouldReadMoneyExactlyWhenItArrivesAsANumberOrAString() throws Exception {
        record Price(java.math.BigDecimal amount) {
        }
        assertThat(json.readValue("{\"amount\": 0.1}", Price.class).amount()).isEqualByComparingTo("0.1");
        assertThat(json.readValue("{\"amount\": \"16.005\"}", Price.class).amount()).isEqualByComparingTo("16.005");
    }
}
