package org.partnercenter.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Column> COLUMNS = List.of(Column.of("ID", "id"), Column.of("NAME", "profile.name"));

    @Test
    void shouldFitTheTableToTheTerminalWidthWhenValuesAreLong() throws Exception {
        List<JsonNode> items = List.of(item("1", "x".repeat(200)), item("2", "short"));

        String table = print(OutputFormat.table, 40, printer -> printer.list(items, COLUMNS));

        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(table.lines().toList().get(0)).startsWith("ID  NAME");
        assertThat(table).contains("…");
    }

    @Test
    void shouldWriteOneJsonLinePerItemWhenTheOutputIsJson() throws Exception {
        List<JsonNode> items = List.of(item("1", "a"), item("2", "b"));

        String json = print(OutputFormat.json, 120, printer -> printer.list(items, COLUMNS));

        assertThat(json.lines().map(this::parse).map(node -> node.path("id").asText()).toList())
                .containsExactly("1", "2");
    }

    @Test
    void shouldQuoteCsvFieldsWhenTheyHoldCommasOrQuotes() throws Exception {
        List<JsonNode> items = List.of(item("1", "Contoso, \"Ltd\""));

        String csv = print(OutputFormat.csv, 120, printer -> printer.list(items, COLUMNS));

        assertThat(csv).isEqualTo("ID,NAME\r\n1,\"Contoso, \"\"Ltd\"\"\"\r\n");
    }

    @Test
    void shouldShowEveryScalarFieldButThePlumbingWhenOneResourceIsATable() throws Exception {
        JsonNode customer = JSON.readTree("{\"id\":\"1\",\"companyProfile\":{\"domain\":\"c.example\"},"
                + "\"links\":{\"self\":{\"uri\":\"/customers/1\"}},\"attributes\":{\"objectType\":\"Customer\"}}");

        String table = print(OutputFormat.table, 120, printer -> printer.one(customer));

        assertThat(table).contains("companyProfile.domain  c.example").doesNotContain("objectType", "/customers/1");
    }

    private JsonNode item(String id, String name) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(java.util.Map.of("id", id, "profile", java.util.Map.of("name", name))));
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    private static String print(OutputFormat format, int width, java.util.function.Consumer<Printer> what) {
        StringWriter out = new StringWriter();
        what.accept(new Printer(new PrintWriter(out), format, width));
        return out.toString();
    }
}
