package org.partnercenter.cli.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

/** The utilization's range as the API reads it (dates or date-times, the end optional) and the summary. */
class UsageCommandsTest extends FakeServerTest {

    private static final String CUSTOMER = "0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001";
    private static final String SUBSCRIPTION = "5d7e8f90-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
    private static final String UTILIZATION = "/v1/customers/" + CUSTOMER + "/subscriptions/" + SUBSCRIPTION
            + "/utilizations/azure?granularity=daily&show_details=false";
    private static final String EMPTY = "{\"totalCount\":0,\"items\":[],\"links\":{}}";

    @Test
    void shouldSendDatesAsTypedWhenTheRangeIsGivenInDays() {
        server.answer("GET " + UTILIZATION + "&start_time=2026-11-01&end_time=2026-11-30", 200, EMPTY);

        CliRun.Result result = runSignedIn("usage", "utilization", CUSTOMER, SUBSCRIPTION, "--start", "2026-11-01",
                "--end", "2026-11-30");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip().split("\\s{2,}")).containsExactly("START", "END", "RESOURCE", "CATEGORY",
                "QUANTITY", "UNIT");
    }

    @Test
    void shouldEncodeADateTimeAndLeaveTheEndToTheApiWhenNoEndIsGiven() {
        server.answer("GET " + UTILIZATION + "&start_time=2026-11-01T00%3A00%3A00%2B01%3A00", 200, EMPTY);

        CliRun.Result result = runSignedIn("usage", "utilization", CUSTOMER, SUBSCRIPTION, "--start",
                "2026-11-01T00:00:00+01:00");

        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void shouldRefuseABoundThatIsNeitherADateNorADateTimeAsAUsageError() {
        CliRun.Result result = runSignedIn("usage", "utilization", CUSTOMER, SUBSCRIPTION, "--start", "last week");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'last week' is neither a date");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldExitOneWithTheDescriptionWhenAResellerReadsUtilization() {
        server.answer("GET " + UTILIZATION + "&start_time=2026-11-01", 403, "{\"code\":403,\"description\":"
                + "\"Azure usage is read by your indirect provider.\"}");

        CliRun.Result result = runSignedIn("usage", "utilization", CUSTOMER, SUBSCRIPTION, "--start", "2026-11-01");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Azure usage is read by your indirect provider.");
    }

    @Test
    void shouldShowTheSummaryAndExitFourForAnUnknownCustomer() {
        server.answer("GET /v1/customers/" + CUSTOMER + "/usagesummary", 200, "{\"resourceId\":\"" + CUSTOMER
                + "\",\"totalCost\":12.5,\"currencyCode\":\"USD\"}");
        String other = "00000000-0000-4000-8000-000000000001";
        server.answer("GET /v1/customers/" + other + "/usagesummary", 404, "{\"code\":404,\"description\":"
                + "\"Customer not found\"}");

        CliRun.Result found = runSignedIn("usage", "summary", CUSTOMER);
        CliRun.Result missing = runSignedIn("usage", "summary", other);

        assertThat(found.out()).contains("totalCost", "12.5", "USD");
        assertThat(missing.exitCode()).isEqualTo(4);
        assertThat(missing.err()).contains("Customer not found");
    }
}
