package org.partnercenter.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.LastMonth;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UsageBatch;

/**
 * The billing verbs of the command line against the suite's stack, in this JVM: the operator closes last month for a
 * partner with 3 hours at 1.00 USD and watches the close to its end; the partner's billing admin lists the invoice,
 * exports it into a folder with every part checked, downloads its statement; the operator records its payment.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliBillingIT {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final StackUnderTest stack;
    private final YearMonth month = LastMonth.month();
    private TestPartner partner;
    private TestUser billingAdmin;
    private InProcessCli cli;
    private Path folder;
    private InProcessCli.Result close;
    private String invoiceId;

    CliBillingIT(StackUnderTest stack) {
        this.stack = stack;
    }

    @BeforeAll
    void closeLastMonthThroughTheCli() throws Exception {
        partner = stack.partners().direct();
        billingAdmin = stack.partners().addUser(partner, "billing", "billing_admin");
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("CLI Billed Customer"));
        String subscriptionId = stack.customers().orderAzurePlan(partner.admin(), customerId);
        UUID meter = UUID.randomUUID();
        LastMonth.publish(stack.gateway(), stack.operator(), LastMonth.prices()
                .meter(meter, "E2E CLI Hours", "Virtual Machines", "1 Hour", "0=1.00"));
        stack.gateway().as(stack.operator()).body(UsageBatch.batch().record(customerId, subscriptionId,
                meter.toString(), "3", "1 Hour", LastMonth.evening().plusSeconds(10), Duration.ofHours(1)).build())
                .post("/v1/usagerecords/batches").then().statusCode(200);
        // Absolute: the CLI resolves relative paths against its own working folder, the repository root.
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-billing");
        cli = new InProcessCli(folder.resolve("config"));
        // The close bills what is rated: wait until the line is priced, as the billing admin sees it unbilled.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> asBillingAdmin(
                "invoice", "unbilled", "lineitems", "--currency", "USD", "--period", "previous", "-o", "json"),
                unbilled -> unbilled.exitCode() == 0 && !unbilled.out().isBlank());

        close = asOperator("billingperiod", "close", month.toString(), "--partner", partner.tenantId(), "-o", "json");
        invoiceId = json(asBillingAdmin("invoice", "list", "-o", "json")).path("id").asText();
    }

    @Test
    void shouldPrintTheSucceededOperationWhenTheOperatorClosesTheMonth() throws Exception {
        assertThat(close.exitCode()).as(close.err()).isZero();
        JsonNode operation = json(close);
        assertThat(operation.path("status").asText()).isEqualTo("succeeded");
        assertThat(operation.path("resourceLocation").asText()).isEqualTo("/invoices?period=" + month);

        JsonNode state = json(asOperator("billingperiod", "list", "--period", month.toString(), "--partner",
                partner.tenantId(), "-o", "json"));
        assertThat(state.path("state").asText()).isEqualTo("closed");
        assertThat(state.path("invoiceCount").asInt()).isEqualTo(1);
    }

    @Test
    void shouldKeepEveryPartVerifiedAgainstTheApisManifestWhenTheBillingAdminExportsTheInvoice() throws Exception {
        Path parts = folder.resolve("export");

        InProcessCli.Result export = asBillingAdmin("invoice", "export", invoiceId, "--folder", parts.toString(),
                "-o", "json");

        assertThat(export.exitCode()).as(export.err()).isZero();
        JsonNode manifest = json(export);
        JsonNode apis = JSON.readTree(stack.gateway().as(billingAdmin).get("/v1/invoices/exports/"
                + manifest.path("id").asText()).then().statusCode(200).extract().asString());
        assertThat(manifest).isEqualTo(apis);
        assertThat(manifest.path("rowCount").asInt()).isEqualTo(1);
        assertThat(manifest.path("parts")).isNotEmpty();
        for (JsonNode part : manifest.path("parts")) {
            Path file = parts.resolve(part.path("name").asText());
            assertThat(sha256(Files.readAllBytes(file))).as(file.toString()).isEqualTo(part.path("sha256").asText());
        }
    }

    @Test
    void shouldWriteThePdfWhenTheBillingAdminDownloadsTheStatement() throws Exception {
        Path pdf = folder.resolve("statement.pdf");

        InProcessCli.Result statement = asBillingAdmin("invoice", "statement", invoiceId, "--file", pdf.toString());

        assertThat(statement.exitCode()).as(statement.err()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(asBillingAdmin("invoice", "statement", invoiceId, "--file", pdf.toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void shouldShowTheInvoicePaidWhenTheOperatorRecordsItsPayment() throws Exception {
        InProcessCli.Result recorded = asOperator("payment", "record", "--invoice", invoiceId, "--amount", "3.00",
                "--currency", "USD", "--reference", "cli-wire", "-o", "json");

        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        JsonNode invoice = json(asBillingAdmin("invoice", "get", invoiceId, "-o", "json"));
        assertThat(invoice.path("paymentStatus").asText()).isEqualTo("paid");
        assertThat(invoice.path("paidAmount").decimalValue()).isEqualByComparingTo(new BigDecimal("3.00"));
        List<String> references = documents(asBillingAdmin("payment", "list", "--invoice", invoiceId, "-o", "json"))
                .stream().map(payment -> payment.path("reference").asText()).toList();
        assertThat(references).containsExactly("cli-wire");
    }

    private InProcessCli.Result asOperator(String... args) {
        return cli.run(withToken(stack.operator(), args));
    }

    private InProcessCli.Result asBillingAdmin(String... args) {
        return cli.run(withToken(billingAdmin, args));
    }

    private static String[] withToken(TestUser user, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--access-token";
        all[args.length + 1] = user.token();
        return all;
    }

    /** The first document a command wrote as JSON: one pretty-printed, or the first line of a list. */
    private static JsonNode json(InProcessCli.Result result) {
        return documents(result).get(0);
    }

    private static List<JsonNode> documents(InProcessCli.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (MappingIterator<JsonNode> documents = JSON.readerFor(JsonNode.class).readValues(result.out())) {
            return documents.readAll();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
