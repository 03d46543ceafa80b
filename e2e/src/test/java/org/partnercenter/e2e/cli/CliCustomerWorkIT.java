package org.partnercenter.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;

/**
 * A partner's global admin does a customer's daily work with the CLI only: creates it from flags, orders its Azure
 * plan, renames, suspends and reactivates the subscription, reads its usage and replaces its billing profile.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliCustomerWorkIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackUnderTest stack;
    private TestPartner partner;
    private InProcessCli cli;
    private String admin;
    private Path folder;

    CliCustomerWorkIT(StackUnderTest stack) {
        this.stack = stack;
    }

    @BeforeAll
    void partnersAdmin() throws Exception {
        folder = Files.createTempDirectory(Path.of("target"), "cli-config");
        cli = new InProcessCli(folder);
        partner = stack.partners().direct();
        admin = partner.admin().token();
    }

    @Test
    void shouldCreateOrderAndChangeACustomersPlanWhenThePartnersAdminUsesTheCli() {
        String domain = CustomerBody.uniqueDomain();
        JsonNode customer = cli.runAs(admin, "customer", "new", "--company-name", "CLI Work Co", "--domain", domain,
                "--email", "billing@cli-work.example", "--first-name", "Tess", "--last-name", "Tester",
                "--address-line1", "One Microsoft Way", "--city", "Redmond", "--state", "WA", "--postal-code",
                "98052", "--country", "US", "-o", "json").succeeded().json();
        String id = customer.path("id").asText();
        assertThat(customer.path("companyProfile").path("domain").asText()).isEqualTo(domain);
        assertThat(customer.path("billingProfile").path("companyName").asText()).isEqualTo("CLI Work Co");
        assertThat(cli.runAs(admin, "customer", "list", "--filter", "CLI Work", "-o", "json").succeeded().jsonLines())
                .extracting(found -> found.path("id").asText()).containsExactly(id);

        JsonNode order = cli.runAs(admin, "order", "azure-plan", id, "--name", "CLI plan", "-o", "json").succeeded()
                .json();
        String subscription = order.path("lineItems").path(0).path("subscriptionId").asText();
        assertThat(order.path("lineItems").path(0).path("offerId").asText()).isEqualTo("DZH318Z0BCZC");

        assertThat(cli.runAs(admin, "subscription", "list", id, "-o", "json").succeeded().jsonLines())
                .extracting(item -> item.path("id").asText()).containsExactly(subscription);
        assertThat(cli.runAs(admin, "subscription", "get", id, subscription, "-o", "json").succeeded().json()
                .path("friendlyName").asText()).isEqualTo("CLI plan");
        assertThat(cli.runAs(admin, "subscription", "set", id, subscription, "--name", "Renamed plan", "-o", "json")
                .succeeded().json().path("friendlyName").asText()).isEqualTo("Renamed plan");
        assertThat(cli.runAs(admin, "subscription", "set", id, subscription, "--status", "suspended", "-o", "json")
                .succeeded().json().path("status").asText()).isEqualTo("suspended");
        assertThat(cli.runAs(admin, "subscription", "set", id, subscription, "--status", "active", "-o", "json")
                .succeeded().json().path("status").asText()).isEqualTo("active");

        InProcessCli.Result table = cli.runAs(admin, "subscription", "list", id).succeeded();
        assertThat(table.out().lines().skip(1).findFirst().orElseThrow().split("\\s{2,}"))
                .startsWith(subscription, "Renamed plan");
    }

    @Test
    void shouldReadUsageOfANewPlanWhenThePartnersAdminAsksTheCli() throws Exception {
        Path body = Files.writeString(folder.resolve("customer.json"),
                JSON.writeValueAsString(CustomerBody.customer("CLI Usage Co").build()));
        String customer = cli.runAs(admin, "customer", "new", "--file", body.toString(), "-o", "json").succeeded()
                .json().path("id").asText();
        String subscription = cli.runAs(admin, "order", "azure-plan", customer, "-o", "json").succeeded().json()
                .path("lineItems").path(0).path("subscriptionId").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // billing-service learns the customer from customer-service's events
        InProcessCli.Result summary = await().atMost(Duration.ofSeconds(15))
                .until(() -> cli.runAs(admin, "usage", "summary", customer, "-o", "json"), r -> r.exitCode() == 0);
        InProcessCli.Result utilization = cli.runAs(admin, "usage", "utilization", customer, subscription, "--start",
                today.minusDays(7).toString(), "--end", today.toString()).succeeded();

        assertThat(summary.json().path("resourceId").asText()).isEqualTo(customer);
        assertThat(summary.json().path("attributes").path("objectType").asText()).isEqualTo("CustomerUsageSummary");
        assertThat(utilization.out().lines().findFirst().orElseThrow().split("\\s{2,}")).containsExactly("START",
                "END", "RESOURCE", "CATEGORY", "QUANTITY", "UNIT");
    }

    @Test
    void shouldReplaceTheBillingProfileFromAFileWithTheEtagReadJustBefore() throws Exception {
        String customer = stack.customers().create(partner.admin(), CustomerBody.customer("CLI Profile Co"));
        ObjectNode profile = (ObjectNode) cli.runAs(admin, "customer", "billing-profile", "get", customer, "-o",
                "json").succeeded().json();
        assertThat(profile.path("companyName").asText()).isEqualTo("CLI Profile Co");
        profile.put("email", "accounts@cli-profile.example");
        Path file = Files.writeString(folder.resolve("profile.json"), profile.toString());

        JsonNode replaced = cli.runAs(admin, "customer", "billing-profile", "set", customer, "--file",
                file.toString(), "-o", "json").succeeded().json();

        assertThat(replaced.path("email").asText()).isEqualTo("accounts@cli-profile.example");
        assertThat(replaced.path("attributes").path("etag").asText())
                .isNotEqualTo(profile.path("attributes").path("etag").asText());
        assertThat(cli.runAs(admin, "customer", "billing-profile", "get", customer, "-o", "json").succeeded().json()
                .path("email").asText()).isEqualTo("accounts@cli-profile.example");
    }

    @Test
    void shouldRefuseAFileSavedBeforeSomeoneElsesChangeInsteadOfOverwritingIt() throws Exception {
        String customer = stack.customers().create(partner.admin(), CustomerBody.customer("CLI Stale Co"));
        ObjectNode saved = (ObjectNode) cli.runAs(admin, "customer", "billing-profile", "get", customer, "-o",
                "json").succeeded().json();
        Path mine = Files.writeString(folder.resolve("mine.json"),
                saved.deepCopy().put("email", "mine@cli-stale.example").toString());
        Path theirs = Files.writeString(folder.resolve("theirs.json"),
                saved.deepCopy().put("email", "theirs@cli-stale.example").toString());
        cli.runAs(admin, "customer", "billing-profile", "set", customer, "--file", theirs.toString()).succeeded();

        InProcessCli.Result late = cli.runAs(admin, "customer", "billing-profile", "set", customer, "--file",
                mine.toString());

        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("Etag is no longer valid");
        assertThat(cli.runAs(admin, "customer", "billing-profile", "get", customer, "-o", "json").succeeded().json()
                .path("email").asText()).isEqualTo("theirs@cli-stale.example");
    }

    @Test
    void shouldExitFourWhenAnotherPartnersCustomerIsAskedFor() {
        String theirs = stack.customers().create(stack.partners().direct().admin(), CustomerBody.customer("Theirs"));

        InProcessCli.Result result = cli.runAs(admin, "customer", "billing-profile", "get", theirs);

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).isEmpty();
    }
}
