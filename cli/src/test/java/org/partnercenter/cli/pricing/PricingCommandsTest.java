package org.partnercenter.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

/** The rate card, its meters, and the operator's price lists and exchange rates. */
class PricingCommandsTest extends FakeServerTest {

    private static final String METER = "1b0f3b2e-7c4d-4e8a-9f00-000000000001";
    private static final String CSV = "meterId,name,category,subcategory,region,unit,includedQuantity,tierStart,"
            + "unitPrice,effectiveDate,tags\n" + METER + ",VM,Virtual Machines,,US East,1 Hour,0,0,0.096,,\n";

    @Test
    void shouldSendTheCsvFileAsTextCsvWithTheEffectiveDateAndCurrencyWhenAPriceListIsPublished() throws Exception {
        Path file = Files.writeString(home.resolve("prices.csv"), CSV);
        server.answer("POST /v1/pricelists?kind=shared&effectiveDate=2026-07-01&currency=USD", 201,
                "{\"id\":\"v-1\",\"meterCount\":1}");

        CliRun.Result result = run("pricelist", "publish", file.toString(), "--effective-date", "2026-07-01",
                "--currency", "USD", "--kind", "shared");

        assertThat(result.exitCode()).as(result.err()).isZero();
        FakeServer.Request publish = server.requests().get(0);
        assertThat(publish.header("Content-Type")).isEqualTo("text/csv");
        assertThat(publish.body()).isEqualTo(CSV);
        assertThat(publish.header("MS-RequestId")).matches("[0-9a-f-]{36}");
        assertThat(result.out()).contains("meterCount").contains("v-1");
    }

    @Test
    void shouldPrintTheRowErrorsAsATableOfLineAndReasonOnStderrWhenThePriceListIsRefused() throws Exception {
        Path file = Files.writeString(home.resolve("prices.csv"), CSV);
        server.answer("POST /v1/pricelists?kind=azure&effectiveDate=2026-07-01", 400, "{\"code\":400,\"description\":"
                + "\"2 rows or fields of the price list are not valid, so nothing was published.\",\"data\":["
                + "\"line 2: unitPrice 'x' is not a number; unit is required\",\"line 7: name is required\"]}");

        CliRun.Result result = run("pricelist", "publish", file.toString(), "--effective-date", "2026-07-01");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        List<String> lines = result.err().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("LINE", "REASON");
        assertThat(lines.get(1).split("\\s{2,}")).containsExactly("2", "unitPrice 'x' is not a number; unit is "
                + "required");
        assertThat(lines.get(2).split("\\s{2,}")).containsExactly("7", "name is required");
        assertThat(result.err()).contains("nothing was published");
    }

    @Test
    void shouldSendAJsonFileAsJsonAndRefuseCsvFlagsForIt() throws Exception {
        Path file = Files.writeString(home.resolve("prices.json"), "{\"effectiveDate\":\"2026-07-01\",\"meters\":[]}");
        server.answer("POST /v1/pricelists?kind=azure", 201, "{\"id\":\"v-2\"}");

        assertThat(run("pricelist", "publish", file.toString(), "--effective-date", "2026-07-01").exitCode())
                .isEqualTo(2);
        assertThat(run("pricelist", "publish", file.toString()).exitCode()).isZero();
        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void shouldShowTheBytesSentWhenAPriceListIsPublishedOnATerminal() throws Exception {
        Path file = Files.writeString(home.resolve("prices.csv"), CSV);
        server.answer("POST /v1/pricelists?kind=azure", 201, "{\"id\":\"v-1\"}");

        CliRun.Result result = cli.onTerminal().run("pricelist", "publish", file.toString(), "--api", server.url(),
                "--access-token", "t");

        assertThat(result.err()).contains("publishing [").contains("100%");
    }

    @Test
    void shouldListTheRateCardsMetersWithTheirFirstTierPriceWhenTheCardIsRead() {
        server.answer("GET /v1/ratecards/azure?currency=EUR&region=DE&asOf=2026-07-01", 200, "{\"currency\":\"EUR\","
                + "\"meters\":[{\"id\":\"m-1\",\"name\":\"VM\",\"category\":\"Compute\",\"region\":\"US East\","
                + "\"unit\":\"1 Hour\",\"rates\":{\"100\":0.05,\"0\":0.09}},{\"id\":\"m-2\",\"name\":\"Disk\","
                + "\"category\":\"Storage\",\"region\":\"EU West\",\"unit\":\"1 GB\",\"rates\":{\"0\":0.02}}]}");

        CliRun.Result table = run("ratecard", "get", "--currency", "EUR", "--market", "DE", "--as-of", "2026-07-01");
        CliRun.Result usEast = run("ratecard", "get", "--currency", "EUR", "--market", "DE", "--as-of", "2026-07-01",
                "--region", "us east", "-o", "json");

        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("ID", "NAME", "CATEGORY", "REGION", "UNIT", "PRICE");
        assertThat(lines.get(1).split("\\s{2,}")).containsExactly("m-1", "VM", "Compute", "US East", "1 Hour", "0.09");
        assertThat(lines.get(2)).startsWith("m-2").endsWith("0.02");
        assertThat(usEast.out()).contains("\"currency\" : \"EUR\"").contains("m-1").doesNotContain("m-2")
                .doesNotContain("firstTierPrice");
    }

    @Test
    void shouldPassTheFiltersToTheApiWhenMetersAreListed() {
        server.answer("GET /v1/ratecards/azure/meters?region=US&category=Virtual%20Machines&meterRegion=US%20East",
                200, "{\"items\":[{\"id\":\"m-1\",\"rates\":{\"0\":1.5}}]}");
        server.answer("GET /v1/ratecards/azure/meters/" + METER, 200, "{\"id\":\"" + METER + "\",\"name\":\"VM\"}");

        CliRun.Result list = run("meter", "list", "--market", "US", "--category", "Virtual Machines", "--region",
                "US East", "-o", "csv");
        CliRun.Result one = run("meter", "get", METER);

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("m-1,,,,,1.5");
        assertThat(one.out()).contains("name").contains("VM");
    }

    @Test
    void shouldPostTheFilesBodyWhenExchangeRatesArePublished() throws Exception {
        Path file = Files.writeString(home.resolve("rates.json"),
                "{\"effectiveDate\":\"2026-07-01\",\"base\":\"USD\",\"rates\":{\"EUR\":0.92}}");
        server.answer("POST /v1/exchangerates", 201, "{\"id\":\"x-1\",\"rates\":{\"EUR\":0.92}}");
        server.answer("GET /v1/exchangerates", 200, "{\"items\":[{\"id\":\"x-1\",\"base\":\"USD\","
                + "\"rates\":{\"EUR\":0.92}}]}");

        assertThat(run("exchangerate", "publish", file.toString()).exitCode()).isZero();
        CliRun.Result list = run("exchangerate", "list");

        assertThat(server.requests().get(0).body()).isEqualTo(
                "{\"effectiveDate\":\"2026-07-01\",\"base\":\"USD\",\"rates\":{\"EUR\":0.92}}");
        assertThat(list.out()).contains("x-1").contains("{\"EUR\":0.92}");
    }

    private CliRun.Result run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--api", server.url(), "--access-token", "t"));
        return cli.run(all.toArray(String[]::new));
    }
}
