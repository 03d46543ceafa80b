package org.partnercenter.e2e.cli;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.Totp;

/**
 * The partnercenter command line against the suite's stack, through its picocli entry point in this JVM: a
 * partner's user with MFA signs in by the device code (approved through the identity provider's development
 * endpoint, as the device login page would), then lists the partner's customers as a table, JSON and over pages.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern USER_CODE = Pattern.compile("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}");

    private final StackUnderTest stack;
    private TestPartner partner;
    private Map<String, String> customers; // id -> company name
    private InProcessCli cli;
    private InProcessCli.Result login;

    CliIT(StackUnderTest stack) {
        this.stack = stack;
    }

    @BeforeAll
    void signInByDeviceCode() throws Exception {
        partner = stack.partners().direct(); // requires MFA, as partners do by default
        TestUser user = stack.identityProvider().createUserWithMfa(partner.tenantId(), "cli");
        stack.gateway().as(partner.admin()).body(Map.of("id", user.objectId(), "userPrincipalName",
                user.userPrincipalName())).post("/v1/users").then().statusCode(201);
        stack.gateway().as(partner.admin()).body(Map.of("id", "admin_agent"))
                .post("/v1/users/" + user.objectId() + "/roles").then().statusCode(201);
        customers = new java.util.LinkedHashMap<>();
        for (String name : List.of("CLI Alpha", "CLI Beta", "CLI Gamma")) {
            customers.put(stack.customers().create(partner.admin(), CustomerBody.customer(name)), name);
        }
        cli = new InProcessCli(Files.createTempDirectory(Path.of("target"), "cli-config"));

        StringWriter err = new StringWriter();
        CompletableFuture<InProcessCli.Result> running = CompletableFuture.supplyAsync(() -> cli.run(err, "login"));
        String userCode = await().atMost(Duration.ofSeconds(20)).until(() -> userCode(err.toString()), c -> c != null);
        given().baseUri(stack.description().authority()).contentType("application/json")
                .body(Map.of("user_code", userCode, "userPrincipalName", user.userPrincipalName(),
                        "password", user.password(), "otp", Totp.code(user.totpSecret(), Instant.now())))
                .post("/organizations/oauth2/v2.0/devicecode/approve")
                .then().statusCode(204);
        login = running.get(60, TimeUnit.SECONDS);
    }

    @Test
    void shouldSignInWhenTheDeviceCodeIsApprovedByAUserWithMfa() throws Exception {
        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.err()).contains("/devicelogin").contains("signed in");
        assertThat(login.out()).isEmpty();
    }

    @Test
    void shouldListTheCustomersAsATableWithTheCachedSignIn() {
        InProcessCli.Result result = await().atMost(Duration.ofSeconds(10)).until(() -> cli.run("customer", "list"),
                r -> r.exitCode() == 0); // the role granted above takes effect within 5 s

        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("ID", "COMPANY", "DOMAIN", "RELATIONSHIP");
        assertThat(lines.subList(1, lines.size()).stream().map(line -> Arrays.asList(line.split("\\s{2,}")))
                .map(cells -> cells.get(0) + "=" + cells.get(1)).toList())
                .containsExactlyInAnyOrderElementsOf(customers.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    @Test
    void shouldWriteTheApisJsonAsOneLinePerCustomerWhenTheOutputIsJson() {
        InProcessCli.Result result = await().atMost(Duration.ofSeconds(10))
                .until(() -> cli.run("customer", "list", "-o", "json"), r -> r.exitCode() == 0);

        List<JsonNode> items = result.out().lines().map(CliIT::parse).toList();
        assertThat(items).extracting(item -> item.path("id").asText())
                .containsExactlyInAnyOrderElementsOf(customers.keySet());
        assertThat(items).allSatisfy(item -> assertThat(item.path("attributes").path("objectType").asText())
                .isEqualTo("Customer"));
    }

    @Test
    void shouldFollowEveryPageWithAllAndOnlyTheFirstWithout() {
        InProcessCli.Result all = await().atMost(Duration.ofSeconds(10))
                .until(() -> cli.run("customer", "list", "--size", "1", "--all", "-o", "json"), r -> r.exitCode() == 0);
        InProcessCli.Result first = cli.run("customer", "list", "--size", "1", "-o", "json");

        assertThat(all.out().lines().map(CliIT::parse).map(item -> item.path("id").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(customers.keySet());
        assertThat(first.out().lines()).hasSize(1);
        assertThat(first.err()).contains("--all");
    }

    @Test
    void shouldExitOneWithTheApisDescriptionWhenTheRoleIsRefused() {
        TestUser billing = stack.partners().addUser(partner, "billing", "billing_admin");

        InProcessCli.Result result = cli.run("customer", "list", "--access-token", billing.token());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The supplied role does not have the rights to perform the requested "
                + "operation").doesNotContain("Exception");
    }

    @Test
    void shouldExitFourWhenTheCustomerIsNotFound() {
        InProcessCli.Result result = cli.run("customer", "get", UUID.randomUUID().toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldExitTwoWhenTheArgumentsAreBad() {
        assertThat(cli.run("customer", "get", "not-a-guid").exitCode()).isEqualTo(2);
        assertThat(cli.run("customer", "list", "-o", "yaml").exitCode()).isEqualTo(2);
        assertThat(cli.run("customer", "new", "--company-name", "Only a name").exitCode()).isEqualTo(2);
    }

    private static String userCode(String err) {
        Matcher matcher = USER_CODE.matcher(err);
        return matcher.find() ? matcher.group() : null;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
