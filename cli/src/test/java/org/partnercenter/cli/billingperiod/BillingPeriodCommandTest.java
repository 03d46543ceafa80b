package org.partnercenter.cli.billingperiod;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeOperations;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

/** billingperiod: the periods' states, and a close followed to its end. */
class BillingPeriodCommandTest extends FakeServerTest {

    private static final String PARTNER = "7f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    private static final String CLOSE = "POST /v1/billingperiods/2026-10/close";

    @Test
    void shouldWatchTheCloseToItsEndAndPrintTheOperationWhenAPartnerIsClosed() throws Exception {
        new FakeOperations(server).started(CLOSE, "op-c").reads("op-c", FakeOperations.running("op-c"),
                FakeOperations.running("op-c"), FakeOperations.succeeded("op-c", "/invoices?period=2026-10"));

        CliRun.Result result = runSignedIn("billingperiod", "close", "2026-10", "--partner", PARTNER, "-o", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.requests().get(0).body()).isEqualTo("{\"partnerTenantId\":\"" + PARTNER + "\"}");
        assertThat(server.requests()).extracting(FakeServer.Request::path).filteredOn("/v1/operations/op-c"::equals)
                .hasSize(3);
        assertThat(new ObjectMapper().readTree(result.out()).path("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void shouldExitOneWithTheOperationsMessageWhenTheCloseFails() {
        new FakeOperations(server).started(CLOSE, "op-f").reads("op-f", FakeOperations.failed("op-f",
                "usage_behind", "Billing has not applied the usage that was on the usage topic"));

        CliRun.Result result = runSignedIn("billingperiod", "close", "2026-10");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Billing has not applied the usage that was on the usage topic");
        assertThat(result.out()).isEmpty();
        assertThat(server.requests().get(0).body()).isEqualTo("{}");
    }

    @Test
    void shouldCountTheSecondsOnStderrOnlyWhenOnATerminal() {
        new FakeOperations(server).started(CLOSE, "op-t").reads("op-t", FakeOperations.running("op-t"),
                FakeOperations.succeeded("op-t", "/invoices?period=2026-10"));

        CliRun.Result result = cli.onTerminal().run("billingperiod", "close", "2026-10", "--api", server.url(),
                "--access-token", "t");

        assertThat(result.err()).contains("\rclosing 2026-10");
        assertThat(result.out()).doesNotContain("closing 2026-10").contains("succeeded");
    }

    @Test
    void shouldRefuseAMonthThatIsNotYearDashMonthBeforeCallingTheApi() {
        assertThat(runSignedIn("billingperiod", "close", "October").exitCode()).isEqualTo(2);
        assertThat(runSignedIn("billingperiod", "close", "2026-10", "--timeout", "0").exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldFilterByPeriodAndPartnerWhenListed() {
        server.answer("GET /v1/billingperiods?billingPeriod=2026-10&partnerTenantId=" + PARTNER, 200,
                "{\"totalCount\":1,\"items\":[{\"billingPeriod\":\"2026-10\",\"partnerTenantId\":\"" + PARTNER
                        + "\",\"state\":\"closed\",\"invoiceCount\":1}]}");

        CliRun.Result result = runSignedIn("billingperiod", "list", "--period", "2026-10", "--partner", PARTNER);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().toList().get(1)).contains("2026-10", PARTNER, "closed");
    }
}
