package org.partnercenter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

class ExitCodesTest extends FakeServerTest {

    private static final String CUSTOMER = "0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001";


    @Test
    void shouldExitOneWithTheDescriptionWhenTheApiRefuses() {
        server.answer("GET /v1/customers/" + CUSTOMER, 403, "{\"code\":900150,\"description\":\"The supplied role does"
                + " not have the rights to perform the requested operation\"}");

        CliRun.Result result = cli.run("customer", "get", CUSTOMER, "--api", server.url(), "--access-token", "t");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The supplied role does not have the rights").doesNotContain("at org.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldExitFourWhenTheApiSaysNotFound() {
        server.answer("GET /v1/customers/" + CUSTOMER, 404, "{\"code\":600,\"description\":\"Customer not found\"}");

        CliRun.Result result = cli.run("customer", "get", CUSTOMER, "--api", server.url(), "--access-token", "t");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("Customer not found");
    }

    @Test
    void shouldExitThreeWhenTheTokenIsRefused() {
        server.answer("GET /v1/customers/" + CUSTOMER, 401, "{\"code\":401,\"description\":\"The token is expired\"}");

        assertThat(cli.run("customer", "get", CUSTOMER, "--api", server.url(), "--access-token", "t").exitCode())
                .isEqualTo(3);
    }

    @Test
    void shouldExitThreeWithoutCallingTheApiWhenNotSignedIn() {
        CliRun.Result result = cli.run("customer", "list", "--api", server.url());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("partnercenter login");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldExitTwoWhenArgumentsAreBad() {
        assertThat(cli.run("customer", "get", "not-a-guid").exitCode()).isEqualTo(2);
        assertThat(cli.run("customer", "frobnicate").exitCode()).isEqualTo(2);
        assertThat(cli.run("customer", "list", "-o", "yaml").exitCode()).isEqualTo(2);
        assertThat(cli.run().exitCode()).isEqualTo(2);
    }

    @Test
    void shouldExitTwoWhenNoApiAddressIsKnown() {
        CliRun.Result result = cli.run("customer", "list", "--access-token", "t");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--api");
    }

    @Test
    void shouldExitOneWithoutAStackTraceWhenTheApiIsUnreachable() {
        CliRun.Result result = cli.run("customer", "list", "--api", "http://127.0.0.1:1", "--access-token", "t");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("cannot reach the API").doesNotContain("Exception");
    }

    @Test
    void shouldShowHelpAndVersionWithExitZero() {
        assertThat(cli.run("--version").out()).startsWith("partnercenter ");
        CliRun.Result help = cli.run("customer", "billing-profile", "set", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--file", "--api", "--output", "--all", "--debug");
    }

    @Test
    void shouldPrintABashCompletionScriptNamingTheCommands() {
        CliRun.Result result = cli.run("completion");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("complete -F", "customer", "billing-profile");
    }
}
