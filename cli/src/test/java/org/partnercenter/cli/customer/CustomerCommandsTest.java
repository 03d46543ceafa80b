package org.partnercenter.cli.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServer;

class CustomerCommandsTest {

    private static final String CUSTOMER = "0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001";

    @TempDir
    Path home;

    private FakeServer api;
    private CliRun cli;

    @BeforeEach
    void start() throws Exception {
        api = new FakeServer();
        cli = new CliRun(home);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void shouldFollowEveryNextLinkWithItsContinuationTokenWhenAllIsGiven() {
        api.answer("GET /v1/customers?size=100", 200, page("a", "/customers?size=100", "token-2"));
        api.answer("GET /v1/customers?size=100", 200, page("b", "/customers?size=100", "token-3"));
        api.answer("GET /v1/customers?size=100", 200, page("c", null, null));

        CliRun.Result result = cli.run("customer", "list", "--all", "-o", "json", "--api", api.url(),
                "--access-token", "t");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(3);
        assertThat(api.requests()).extracting(request -> request.header("MS-ContinuationToken"))
                .containsExactly(null, "token-2", "token-3");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void shouldShowTheFirstPageAndAHintWhenMorePagesExistWithoutAll() {
        api.answer("GET /v1/customers?size=100", 200, page("a", "/customers?size=100", "token-2"));

        CliRun.Result result = cli.run("customer", "list", "--api", api.url(), "--access-token", "t");

        assertThat(result.out()).contains("ID", "COMPANY", "Company a");
        assertThat(result.err()).contains("--all");
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void shouldSendTheFilterAsTheApisJsonSearchWhenFiltered() {
        CliRun.Result result = cli.run("customer", "list", "--filter", "Con to", "--api", api.url(),
                "--access-token", "t");

        assertThat(api.requests().get(0).path()).isEqualTo("/v1/customers?size=100&filter="
                + "%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22Con%20to%22%2C%22Operator%22%3A%22starts_with%22%7D");
        assertThat(result.exitCode()).isEqualTo(4); // the fake has no answer for it
    }

    @Test
    void shouldPutTheBillingProfileWithTheEtagJustReadWhenSet() throws Exception {
        String path = "/v1/customers/" + CUSTOMER + "/profiles/billing";
        api.answer("GET " + path, 200, "{\"email\":\"old@c.example\",\"attributes\":{\"etag\":\"\\\"v7\\\"\"}}");
        api.answer("PUT " + path, 200, "{\"email\":\"new@c.example\",\"attributes\":{\"etag\":\"\\\"v8\\\"\"}}");
        Path file = Files.writeString(home.resolve("profile.json"), "{\"email\":\"new@c.example\"}");

        CliRun.Result result = cli.run("customer", "billing-profile", "set", CUSTOMER, "--file", file.toString(),
                "-o", "json", "--api", api.url(), "--access-token", "t");

        assertThat(result.exitCode()).isZero();
        FakeServer.Request put = api.requests().get(1);
        assertThat(put.header("If-Match")).isEqualTo("\"v7\"");
        assertThat(put.header("MS-RequestId")).isNotBlank();
        assertThat(put.header("MS-CorrelationId")).isEqualTo(api.requests().get(0).header("MS-CorrelationId"));
        assertThat(put.body()).isEqualTo("{\"email\":\"new@c.example\"}");
        assertThat(result.out()).contains("new@c.example");
    }

    @Test
    void shouldNeverShowTheTokenWhenDebugging() {
        api.answer("GET /v1/customers/" + CUSTOMER, 200, "{\"id\":\"" + CUSTOMER + "\"}");

        CliRun.Result result = cli.run("customer", "get", CUSTOMER, "--debug", "--api", api.url(),
                "--access-token", "secret-token-value");

        assertThat(result.err()).contains("> GET " + api.url() + "/v1/customers/" + CUSTOMER, "< 200")
                .doesNotContain("secret-token-value");
    }

    private static String page(String name, String next, String token) {
        String links = next == null ? "{}" : "{\"next\":{\"uri\":\"" + next + "\",\"method\":\"GET\",\"headers\":"
                + "[{\"key\":\"MS-ContinuationToken\",\"value\":\"" + token + "\"}]}}";
        return "{\"totalCount\":1,\"items\":[{\"id\":\"" + name + "\",\"companyProfile\":{\"companyName\":\"Company "
                + name + "\"}}],\"links\":" + links + "}";
    }
}
