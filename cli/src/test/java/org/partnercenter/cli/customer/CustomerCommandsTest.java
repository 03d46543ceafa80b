package org.partnercenter.cli.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

class CustomerCommandsTest extends FakeServerTest {

    private static final String CUSTOMER = "0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001";


    @Test
    void shouldFollowEveryNextLinkWithItsContinuationTokenWhenAllIsGiven() {
        server.answer("GET /v1/customers?size=100", 200, page("a", "/customers?size=100", "token-2"));
        server.answer("GET /v1/customers?size=100", 200, page("b", "/customers?size=100", "token-3"));
        server.answer("GET /v1/customers?size=100", 200, page("c", null, null));

        CliRun.Result result = cli.run("customer", "list", "--all", "-o", "json", "--api", server.url(),
                "--access-token", "t");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(3);
        assertThat(server.requests()).extracting(request -> request.header("MS-ContinuationToken"))
                .containsExactly(null, "token-2", "token-3");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void shouldShowTheFirstPageAndAHintWhenMorePagesExistWithoutAll() {
        server.answer("GET /v1/customers?size=100", 200, page("a", "/customers?size=100", "token-2"));

        CliRun.Result result = cli.run("customer", "list", "--api", server.url(), "--access-token", "t");

        assertThat(result.out()).contains("ID", "COMPANY", "Company a");
        assertThat(result.err()).contains("--all");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void shouldSendTheFilterAsTheApisJsonSearchWhenFiltered() {
        CliRun.Result result = cli.run("customer", "list", "--filter", "Con to", "--api", server.url(),
                "--access-token", "t");

        assertThat(server.requests().get(0).path()).isEqualTo("/v1/customers?size=100&filter="
                + "%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22Con%20to%22%2C%22Operator%22%3A%22starts_with%22%7D");
        assertThat(result.exitCode()).isEqualTo(4); // the fake has no answer for it
    }

    @Test
    void shouldPutTheBillingProfileWithTheEtagJustReadWhenSet() throws Exception {
        String path = "/v1/customers/" + CUSTOMER + "/profiles/billing";
        server.answer("GET " + path, 200, "{\"email\":\"old@c.example\",\"attributes\":{\"etag\":\"\\\"v7\\\"\"}}");
        server.answer("PUT " + path, 200, "{\"email\":\"new@c.example\",\"attributes\":{\"etag\":\"\\\"v8\\\"\"}}");
        Path file = Files.writeString(home.resolve("profile.json"), "{\"email\":\"new@c.example\"}");

        CliRun.Result result = cli.run("customer", "billing-profile", "set", CUSTOMER, "--file", file.toString(),
                "-o", "json", "--api", server.url(), "--access-token", "t");

        assertThat(result.exitCode()).isZero();
        FakeServer.Request put = server.requests().get(1);
        assertThat(put.header("If-Match")).isEqualTo("\"v7\"");
        assertThat(put.header("MS-RequestId")).isNotBlank();
        assertThat(put.header("MS-CorrelationId")).isEqualTo(server.requests().get(0).header("MS-CorrelationId"));
        assertThat(put.body()).isEqualTo("{\"email\":\"new@c.example\"}");
        assertThat(result.out()).contains("new@c.example");
    }

    @Test
    void shouldSendTheFilesOwnEtagWhenTheFileWasSavedFromAGet() throws Exception {
        String path = "/v1/customers/" + CUSTOMER + "/profiles/billing";
        server.answer("PUT " + path, 400, "{\"code\":2055,\"description\":\"The resource was changed since it was "
                + "read: read it again and apply your change to it.\"}");
        Path file = Files.writeString(home.resolve("profile.json"),
                "{\"email\":\"new@c.example\",\"attributes\":{\"etag\":\"\\\"v3\\\"\"}}");

        CliRun.Result result = cli.run("customer", "billing-profile", "set", CUSTOMER, "--file", file.toString(),
                "--api", server.url(), "--access-token", "t");

        assertThat(server.requests()).extracting(FakeServer.Request::method).containsExactly("PUT");
        assertThat(server.requests().get(0).header("If-Match")).isEqualTo("\"v3\"");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("changed since it was read");
    }

    @Test
    void shouldNeverShowTheTokenWhenDebugging() {
        server.answer("GET /v1/customers/" + CUSTOMER, 200, "{\"id\":\"" + CUSTOMER + "\"}");

        CliRun.Result result = cli.run("customer", "get", CUSTOMER, "--debug", "--api", server.url(),
                "--access-token", "secret-token-value");

        assertThat(result.err()).contains("> GET " + server.url() + "/v1/customers/" + CUSTOMER, "< 200")
                .doesNotContain("secret-token-value");
    }

    private static String page(String name, String next, String token) {
        String links = next == null ? "{}" : "{\"next\":{\"uri\":\"" + next + "\",\"method\":\"GET\",\"headers\":"
                + "[{\"key\":\"MS-ContinuationToken\",\"value\":\"" + token + "\"}]}}";
        return "{\"totalCount\":1,\"items\":[{\"id\":\"" + name + "\",\"companyProfile\":{\"companyName\":\"Company "
                + name + "\"}}],\"links\":" + links + "}";
    }
}
