package org.partnercenter.billing.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.csv.CsvRow;
import org.partnercenter.commons.csv.CsvTable;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/** Parts as written: split at the test profile's rows-per-part (3), each verifiable, together the paged API's rows. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class ExportPartsTest {

    static final String LINE_ITEMS = "?provider=onetime&invoicelineitemtype=usagelineitems&size=2";
    static final String UNBILLED = "/v1/invoices/unbilled/lineitems" + LINE_ITEMS;
    private static final YearMonth FEBRUARY = YearMonth.of(2031, 2);

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void midMarch2031() {
        clock.set(Instant.parse("2031-03-15T10:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @CsvSource({"full, jsonl, compressedJSONLines", "basic, jsonl, compressedJSONLines", "full, csv, compressedCSV",
        "BASIC, CSV, compressedCSV"})
    void shouldWriteVerifiablePartsOfThePagedApisRowsWhenAnInvoiceHasMoreLinesThanAPartHolds(String attributeSet,
            String format, String dataFormat) {
        // given an invoice of seven lines (names and tags that CSV must quote), and lines it does not hold
        Buyer buyer = Buyer.direct("Contoso, \"Partner\"", "Fabrikam, Inc", "Prod \"A\"");
        UUID partner = buyer.partner();
        String id = invoice(partner, FEBRUARY).currency("EUR").insert().id;
        for (int i = 0; i < 7; i++) {
            buyer.line().meter("m" + i).usageDate(LocalDate.of(2031, 2, 1 + i))
                    .resource("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/vm" + i,
                            Map.of("env", "prod,eu", "team", "a \"b\""))
                    .billed("EUR", "2.2" + i, "0.9", Instant.parse("2031-02-01T00:00:00Z")).invoice(id).insert();
        }
        buyer.line().meter("unbilled").insert();
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN);

        // when its billing admin exports it
        JsonPath manifest = ExportCalls.export(admin, "/v1/invoices/" + id + "/exports",
                Map.of("attributeSet", attributeSet, "format", format));

        // then the manifest describes three parts of 3, 3 and 1 rows, each matching its downloaded bytes
        String extension = format.toLowerCase() + ".gz";
        assertThat(manifest.getString("dataFormat")).isEqualTo(dataFormat);
        assertThat(manifest.getString("attributeSet")).isEqualTo(attributeSet.toLowerCase());
        assertThat(manifest.getString("schemaVersion")).isEqualTo("1");
        assertThat(manifest.getString("invoiceId")).isEqualTo(id);
        assertThat(manifest.getMap("")).containsEntry("billingPeriod", null);
        assertThat(manifest.getString("partnerTenantId")).isEqualTo(partner.toString());
        assertThat(manifest.getString("currencyCode")).isEqualTo("EUR");
        assertThat(manifest.getString("attributes.objectType")).isEqualTo("ReconciliationExportManifest");
        assertThat(Duration.between(Instant.parse(manifest.getString("createdDateTime")),
                Instant.parse(manifest.getString("expirationDateTime")))).isEqualTo(Duration.ofDays(7));
        assertThat(manifest.getLong("rowCount")).isEqualTo(7);
        assertThat(manifest.getInt("partCount")).isEqualTo(3);
        assertThat(manifest.getList("parts.name")).containsExactly("part-00001." + extension,
                "part-00002." + extension, "part-00003." + extension);
        assertThat(manifest.getList("parts.rowCount", Integer.class)).containsExactly(3, 3, 1);
        List<ExportCalls.Part> parts = ExportCalls.parts(admin, manifest);
        List<JsonNode> expected = ExportCalls.paged(admin, "/v1/invoices/" + id + "/lineitems" + LINE_ITEMS);
        assertThat(expected).hasSize(7);
        assertParts(parts, expected, attributeSet.toLowerCase(), format.toLowerCase());
    }

    @Test
    void shouldExportTheUnbilledLinesThePagedApiAnswersWhenTheCurrentPeriodHasLateLines() {
        // given a partner (billed in euros) that closed February, with March lines, a late February line, a billed
        // one, another currency's and another partner's
        Buyer buyer = Buyer.direct();
        UUID partner = buyer.partner();
        BillingRows.closed(partner, "2031-02");
        Instant rateDate = Instant.parse("2031-03-01T00:00:00Z");
        for (String meter : List.of("march-1", "march-2", "march-3")) {
            buyer.line().meter(meter).billed("EUR", "1", "0.9", rateDate).insert();
        }
        buyer.line().meter("feb-late").usageDate(LocalDate.of(2031, 2, 3))
                .billed("EUR", "1", "0.9", rateDate).insert();
        buyer.line().meter("feb-billed").usageDate(LocalDate.of(2031, 2, 3))
                .billed("EUR", "1", "0.9", rateDate).invoice("X000000009").insert();
        buyer.line().meter("usd").insert();
        buyer.line().meter("march-4").billed("EUR", "1", "0.9", rateDate).insert();
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

        // when it exports its unbilled lines, naming nothing (current period, its billing currency)
        JsonPath manifest = ExportCalls.export(admin, "/v1/invoices/unbilled/exports", null);

        // then the rows are the paged API's, the late line among them in id order
        assertThat(manifest.getString("billingPeriod")).isEqualTo("current");
        assertThat(manifest.getMap("")).containsEntry("invoiceId", null);
        assertThat(manifest.getString("currencyCode")).isEqualTo("EUR");
        List<JsonNode> expected = ExportCalls.paged(admin, UNBILLED + "&currencycode=EUR&period=current");
        assertThat(expected).extracting(item -> item.get("meterId").asText())
                .containsExactly("march-1", "march-2", "march-3", "feb-late", "march-4");
        assertParts(ExportCalls.parts(admin, manifest), expected, "full", "jsonl");
    }

    @Test
    void shouldAnswerAManifestWithoutPartsWhenNothingIsUnbilled() {
        // given a partner with nothing unbilled last month
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.ADMIN_AGENT);

        // when it exports last month's unbilled lines in dollars
        JsonPath manifest = ExportCalls.export(admin, "/v1/invoices/unbilled/exports",
                Map.of("billingPeriod", "Last", "currencyCode", "usd", "format", "csv"));

        // then the export holds no row and no part
        assertThat(manifest.getString("billingPeriod")).isEqualTo("last");
        assertThat(manifest.getString("currencyCode")).isEqualTo("USD");
        assertThat(manifest.getLong("rowCount")).isZero();
        assertThat(manifest.getInt("partCount")).isZero();
        assertThat(manifest.getList("parts")).isEmpty();
    }

    /** Each part matches its manifest entry; all parts' rows, in order, are the expected items in the layout. */
    static void assertParts(List<ExportCalls.Part> parts, List<JsonNode> expected, String attributeSet,
            String format) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (ExportCalls.Part part : parts) {
            assertThat(part.entry().get("sha256")).isEqualTo(ExportCalls.sha256(part.bytes()));
            assertThat(((Number) part.entry().get("byteCount")).longValue()).isEqualTo(part.bytes().length);
            List<Map<String, String>> partRows = "csv".equals(format) ? csvRows(part.text(), expected.get(0),
                    attributeSet) : jsonRows(part.text(), expected, rows.size(), attributeSet);
            assertThat((long) partRows.size()).isEqualTo(((Number) part.entry().get("rowCount")).longValue());
            rows.addAll(partRows);
        }
        assertThat(rows).containsExactlyElementsOf(expected.stream().map(item -> cells(item, attributeSet)).toList());
    }

    /** JSON lines: each line the paged item itself (full) or its basic fields in order (basic). */
    private static List<Map<String, String>> jsonRows(String text, List<JsonNode> expected, int before,
            String attributeSet) {
        assertThat(text).endsWith("\n");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String lineText : text.substring(0, text.length() - 1).split("\n", -1)) {
            JsonNode row = ExportCalls.json(lineText);
            JsonNode item = expected.get(before + rows.size());
            if ("full".equals(attributeSet)) {
                assertThat(row).isEqualTo(item);
            } else {
                List<String> names = new ArrayList<>();
                row.fieldNames().forEachRemaining(names::add);
                assertThat(names).containsExactlyElementsOf(AttributeSet.BASIC_FIELDS);
            }
            rows.add(cells(row, attributeSet));
        }
        return rows;
    }

    /** CSV: the header names the fields in the JSON's order; each row's cells are the JSON's values. */
    private static List<Map<String, String>> csvRows(String text, JsonNode anyItem, String attributeSet) {
        List<String> names = names(anyItem, attributeSet);
        assertThat(text.substring(0, text.indexOf("\r\n"))).isEqualTo(String.join(",", names));
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                name -> name)) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String name : names) {
                    cells.put(name, row.get(name));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The item's fields of the set as text: what a CSV cell holds, and a JSON value's text. */
    private static Map<String, String> cells(JsonNode item, String attributeSet) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String name : names(item, attributeSet)) {
            JsonNode value = item.get(name);
            cells.put(name, value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
        }
        return cells;
    }

    private static List<String> names(JsonNode item, String attributeSet) {
        if ("basic".equals(attributeSet)) {
            return AttributeSet.BASIC_FIELDS;
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> each = ((ObjectNode) item).fieldNames(); each.hasNext(); ) {
            String name = each.next();
            if (!"attributes".equals(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
