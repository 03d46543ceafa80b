package org.partnercenter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

/** Amounts, prices and rates go out and come back exactly as written: no double, no 1E-7. */
class DecimalsTest extends FakeServerTest {

    private static final String PAYMENT = "7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b";

    @Test
    void shouldPrintDecimalsAsTheApiWroteThemWhenTheOutputIsJson() {
        String payment = "{\"id\":\"" + PAYMENT + "\",\"amount\":0.0000001,\"creditedAmount\":3.00}";
        server.answer("GET /v1/payments/" + PAYMENT, 200, payment);
        server.answer("GET /v1/payments", 200, "{\"totalCount\":1,\"items\":[" + payment + "]}");

        CliRun.Result one = runSignedIn("payment", "get", PAYMENT, "-o", "json");
        CliRun.Result list = runSignedIn("payment", "list", "-o", "json");

        assertThat(one.out()).contains("\"amount\" : 0.0000001", "\"creditedAmount\" : 3.00").doesNotContain("E-");
        assertThat(list.out().trim()).isEqualTo(payment);
    }

    @Test
    void shouldSendEveryDigitOfTheFilesDecimalsWhenAnExchangeRateSetIsPublished() throws Exception {
        Path file = Files.writeString(home.resolve("rates.json"), "{\"effectiveDate\":\"2026-07-01\",\"base\":\"USD\","
                + "\"rates\":{\"EUR\":0.923456789012345678901,\"JPY\":150.10}}");
        server.answer("POST /v1/exchangerates", 201, "{\"id\":\"r-1\"}");

        CliRun.Result result = runSignedIn("exchangerate", "publish", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.requests().get(0).body()).contains("\"EUR\":0.923456789012345678901", "\"JPY\":150.10");
    }

    @Test
    void shouldSendATinyAmountPlainWhenAPaymentIsRecorded() {
        server.answer("POST /v1/payments", 201, "{\"id\":\"" + PAYMENT + "\"}");

        runSignedIn("payment", "record", "--invoice", "G1", "--amount", "0.0000001", "--currency", "USD");

        assertThat(server.requests().get(0).body()).contains("\"amount\":0.0000001");
    }
}
