package org.partnercenter.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.PricingYear;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestUser;

/**
 * The pricing verbs in this JVM against the suite's stack: the operator publishes a price list from a CSV file and
 * exchange rates (in a far year of the test's own, as {@link PricingYear} says), reads them back, and a partner's
 * sales agent reads the rate card and its meters, in dollars and converted.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliPricingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackUnderTest stack;
    private final PricingYear year = PricingYear.ownYear();
    private final UUID virtualMachine = UUID.randomUUID();
    private final UUID storage = UUID.randomUUID();
    private InProcessCli cli;
    private Path folder;
    private String operator;
    private TestUser sales;
    private InProcessCli.Result published;
    private InProcessCli.Result rates;

    CliPricingIT(StackUnderTest stack) {
        this.stack = stack;
    }

    @BeforeAll
    void publishPricesAndRates() throws IOException {
        folder = Files.createTempDirectory(Path.of("target"), "cli-pricing");
        cli = new InProcessCli(folder.resolve("config"));
        operator = stack.operator().token();
        Path prices = Files.writeString(folder.resolve("prices.csv"), "meterId,name,category,subcategory,region,"
                + "unit,includedQuantity,tierStart,unitPrice,effectiveDate,tags\n"
                + virtualMachine + ",\"D2 v3, Linux\",Virtual Machines,Dv3,US East,1 Hour,0,0,0.096,,\n"
                + virtualMachine + ",\"D2 v3, Linux\",Virtual Machines,Dv3,US East,1 Hour,0,100,0.08,,\n"
                + storage + ",LRS Data Stored,Storage,Blob,EU West,1 GB/Month,5,0,0.0184,,hot;lrs\n");
        published = cli.run("pricelist", "publish", prices.toString(), "--effective-date", year.date(1, 1),
                "--currency", "USD", "-o", "json", "--access-token", operator);
        Path set = Files.writeString(folder.resolve("rates.json"), "{\"effectiveDate\":\"" + year.date(1, 1)
                + "\",\"base\":\"USD\",\"rates\":{\"EUR\":0.5}}");
        rates = cli.run("exchangerate", "publish", set.toString(), "-o", "json", "--access-token", operator);
        sales = stack.partners().addUser(stack.partners().direct(), "sales", "sales_agent");
    }

    @Test
    void shouldReadThePublishedVersionBackWhenTheOperatorPublishesACsvFile() {
        assertThat(published.exitCode()).as(published.err()).isZero();
        JsonNode version = parse(published.out());

        JsonNode read = parse(cli.run("pricelist", "get", version.path("id").asText(), "-o", "json",
                "--access-token", operator).out());
        InProcessCli.Result list = cli.run("pricelist", "list", "--all", "-o", "json", "--access-token", operator);

        assertThat(version.path("meterCount").asInt()).isEqualTo(2);
        assertThat(read.path("effectiveDate").asText()).isEqualTo(year.at(1, 1).toString());
        assertThat(read.path("currency").asText()).isEqualTo("USD");
        assertThat(read.path("kind").asText()).isEqualTo("azure");
        assertThat(list.out().lines().map(CliPricingIT::parse).map(item -> item.path("id").asText()))
                .contains(version.path("id").asText());
    }

    @Test
    void shouldListTheMetersWithTheirFirstTierPriceWhenAPartnerReadsTheRateCard() {
        InProcessCli.Result card = cli.run("ratecard", "get", "--currency", "USD", "--market", "US", "--as-of",
                year.date(6, 1), "--access-token", sales.token());

        assertThat(card.exitCode()).as(card.err()).isZero();
        List<String> lines = card.out().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("ID", "NAME", "CATEGORY", "REGION", "UNIT", "PRICE");
        assertThat(lines.subList(1, lines.size())).map(line -> Arrays.asList(line.split("\\s{2,}")))
                .containsExactlyInAnyOrder(
                        List.of(virtualMachine.toString(), "D2 v3, Linux", "Virtual Machines", "US East", "1 Hour",
                                "0.096"),
                        List.of(storage.toString(), "LRS Data Stored", "Storage", "EU West", "1 GB/Month", "0.0184"));
    }

    @Test
    void shouldShowOneMeterAndFindItByItsRegionWhenAPartnerAsks() {
        JsonNode meter = parse(cli.run("meter", "get", virtualMachine.toString(), "--as-of", year.date(6, 1),
                "-o", "json", "--access-token", sales.token()).out());
        InProcessCli.Result found = cli.run("meter", "list", "--as-of", year.date(6, 1), "--region", "eu west",
                "-o", "json", "--access-token", sales.token());

        assertThat(meter.path("name").asText()).isEqualTo("D2 v3, Linux");
        assertThat(meter.path("rates").path("100").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(found.out().lines().map(CliPricingIT::parse).map(item -> item.path("id").asText()))
                .containsExactly(storage.toString());
    }

    @Test
    void shouldConvertTheRateCardWithThePublishedExchangeRate() {
        assertThat(rates.exitCode()).as(rates.err()).isZero();
        String setId = parse(rates.out()).path("id").asText();

        JsonNode set = parse(cli.run("exchangerate", "get", setId, "-o", "json", "--access-token", operator).out());
        InProcessCli.Result sets = cli.run("exchangerate", "list", "--all", "-o", "json", "--access-token", operator);
        JsonNode card = parse(cli.run("ratecard", "get", "--currency", "EUR", "--market", "US", "--as-of",
                year.date(6, 1), "--region", "US East", "-o", "json", "--access-token", sales.token()).out());

        assertThat(set.path("rates").path("EUR").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(sets.out().lines().map(CliPricingIT::parse).map(item -> item.path("id").asText())).contains(setId);
        assertThat(card.path("currency").asText()).isEqualTo("EUR");
        assertThat(card.path("meters")).hasSize(1);
        assertThat(card.path("meters").get(0).path("rates").path("0").decimalValue()).isEqualByComparingTo("0.048");
    }

    @Test
    void shouldListTheBadRowsByLineAndExitOneWhenThePriceListIsRefused() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.csv"), "meterId,name,category,subcategory,region,unit,"
                + "includedQuantity,tierStart,unitPrice,effectiveDate,tags\n"
                + UUID.randomUUID() + ",VM,Virtual Machines,,US East,1 Hour,0,0,0.1,,\n"
                + UUID.randomUUID() + ",VM,Virtual Machines,,US East,1 Hour,0,0,not-a-price,,\n");

        InProcessCli.Result refused = cli.run("pricelist", "publish", bad.toString(), "--effective-date",
                year.date(2, 1), "--access-token", operator);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        List<String> lines = refused.err().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("LINE", "REASON");
        assertThat(lines.get(1)).startsWith("3 ").contains("not-a-price");
        assertThat(refused.err()).contains("nothing was published");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
