package org.partnercenter.cli.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

/** payment: recorded in the API's shape with the invocation's idempotency key, listed and read. */
class PaymentCommandTest extends FakeServerTest {

    private static final String PAYMENT = "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d";

    @Test
    void shouldPostTheAmountAsANumberWithTheDateAndReferenceWhenRecorded() {
        server.answer("POST /v1/payments", 201, "{\"id\":\"" + PAYMENT + "\",\"amount\":120.50}");

        CliRun.Result result = runSignedIn("payment", "record", "--invoice", "G000000001", "--amount", "120.50",
                "--currency", "USD", "--date", "2026-11-03", "--reference", "wire 42");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.requests().get(0).body()).isEqualTo("{\"invoiceId\":\"G000000001\",\"amount\":120.50,"
                + "\"currencyCode\":\"USD\",\"paymentDate\":\"2026-11-03\",\"reference\":\"wire 42\"}");
        assertThat(server.requests().get(0).header("MS-RequestId")).matches("[0-9a-f-]{36}");
        assertThat(result.out()).contains(PAYMENT);
    }

    @Test
    void shouldRefuseAnAmountThatIsNotANumberBeforeCallingTheApi() {
        CliRun.Result result = runSignedIn("payment", "record", "--invoice", "G1", "--amount", "ten",
                "--currency", "USD");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldListAnInvoicesPaymentsWhenFilteredByInvoice() {
        server.answer("GET /v1/payments?invoiceId=G000000001", 200, "{\"totalCount\":1,\"items\":[{\"id\":\""
                + PAYMENT + "\",\"invoiceId\":\"G000000001\",\"amount\":5.00,\"reference\":\"rest\"}]}");

        CliRun.Result result = runSignedIn("payment", "list", "--invoice", "G000000001");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList().get(1)).contains(PAYMENT, "G000000001", "5.00", "rest");
    }

    @Test
    void shouldShowAmountsAsTheApiWroteThemWhenListed() {
        server.answer("GET /v1/payments", 200, "{\"totalCount\":2,\"items\":[{\"id\":\"p-1\",\"amount\":3.00},"
                + "{\"id\":\"p-2\",\"amount\":0.00000010}]}");

        CliRun.Result result = runSignedIn("payment", "list", "-o", "csv");

        assertThat(result.out().lines().toList()).contains("p-1,,3.00,,,,", "p-2,,0.00000010,,,,");
    }

    @Test
    void shouldShowOnePaymentWhenAskedById() {
        server.answer("GET /v1/payments/" + PAYMENT, 200, "{\"id\":\"" + PAYMENT + "\",\"reference\":\"rest\"}");

        CliRun.Result result = runSignedIn("payment", "get", PAYMENT);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("reference", "rest");
    }
}
