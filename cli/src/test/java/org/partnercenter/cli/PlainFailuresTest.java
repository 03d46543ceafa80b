package org.partnercenter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

/** Failures said in words, with their documented exit code: never a Java class name, a stack trace or a token. */
class PlainFailuresTest extends FakeServerTest {

    @Test
    void shouldSayWhatWasExpectedWithoutAJavaClassWhenAnIdDateMonthOrAmountIsMalformed() {
        assertUsageError(cli.run("customer", "get", "not-a-guid"), "'not-a-guid' is not a GUID");
        assertUsageError(cli.run("auditrecord", "list", "--start", "2026-13-01"), "'2026-13-01' is not a date");
        assertUsageError(cli.run("billingperiod", "close", "2026-13"), "'2026-13' is not a month");
        assertUsageError(cli.run("payment", "record", "--invoice", "G1", "--amount", "12,50", "--currency", "EUR"),
                "'12,50' is not a decimal number");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldExitOneNamingTheAddressWhenTheApiAnswersSomethingThatIsNotJson() {
        server.answer("GET /v1/customers?size=100", 200, "<html>sign in to the proxy</html>".getBytes(),
                Map.of("Content-Type", "text/html"));

        CliRun.Result result = runSignedIn("customer", "list", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("answered HTTP 200 with text/html that is not JSON", server.url());
    }

    @Test
    void shouldExitTwoWhenTheApiAddressIsNotAnHttpAddress() {
        CliRun.Result noScheme = cli.run("customer", "list", "--api", "localhost:8080", "--access-token", "t");
        CliRun.Result hostOnly = cli.run("customer", "list", "--api", "//127.0.0.1:1", "--access-token", "t");

        assertUsageError(noScheme, "not an http(s) address: localhost:8080");
        assertUsageError(hostOnly, "not an http(s) address: //127.0.0.1:1");
    }

    @Test
    void shouldNeverQuoteTheTokenWhenItHoldsALineBreak() {
        CliRun.Result result = cli.run("customer", "list", "--api", server.url(), "--access-token", "s3cr3t\r\nx");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("the access token is empty or holds").doesNotContain("s3cr3t", "Exception");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldNameAMistypedOptionButNotTheTokenAfterIt() {
        CliRun.Result spaced = cli.run("customer", "list", "--acess-token", "eyJs3cr3t", "--api", server.url());
        CliRun.Result joined = cli.run("customer", "list", "--acess-token=eyJs3cr3t", "--api", server.url());

        assertUsageError(spaced, "unknown option '--acess-token' (did you mean");
        assertUsageError(joined, "unknown option '--acess-token'");
        assertThat(spaced.err() + joined.err()).doesNotContain("eyJs3cr3t");
    }

    @Test
    void shouldSayNoSuchFileWhenABodyFileIsMissing() {
        assertUsageError(runSignedIn("customer", "new", "--file", "missing.json"),
                "cannot read missing.json: no such file");
    }

    @Test
    void shouldNameTheLineWhenABodyFileIsNotJson() throws Exception {
        Path body = Files.writeString(home.resolve("body.json"), "{\n  \"companyProfile\": {,\n}");

        CliRun.Result result = cli.run("customer", "new", "--file", body.toString(), "--api", server.url(),
                "--access-token", "t");

        assertUsageError(result, "is not JSON (line 2,");
        assertThat(result.err()).doesNotContain("REDACTED", "StreamReadFeature");
    }

    private static void assertUsageError(CliRun.Result result, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("java.", "Exception", "\tat ");
    }
}
