package org.partnercenter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

/** What the write verbs send: the body in the API's shape, the etag just read, the idempotency key. */
class WritesTest extends FakeServerTest {

    private static final String CUSTOMER = "0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001";
    private static final String SUBSCRIPTION = "5d7e8f90-1a2b-4c3d-8e9f-0a1b2c3d4e5f";


    @Test
    void shouldPatchOnlyTheGivenFieldsWithTheEtagWhenASubscriptionIsSuspended() {
        String path = "/v1/customers/" + CUSTOMER + "/subscriptions/" + SUBSCRIPTION;
        server.answer("GET " + path, 200, "{\"id\":\"s\",\"attributes\":{\"etag\":\"\\\"e1\\\"\"}}");
        server.answer("PATCH " + path, 200, "{\"id\":\"s\",\"status\":\"suspended\"}");

        CliRun.Result result = runSignedIn("subscription", "set", CUSTOMER, SUBSCRIPTION, "--status", "suspended");

        assertThat(result.exitCode()).isZero();
        FakeServer.Request patch = server.requests().get(1);
        assertThat(patch.body()).isEqualTo("{\"status\":\"suspended\"}");
        assertThat(patch.header("If-Match")).isEqualTo("\"e1\"");
    }

    @Test
    void shouldOrderTheAzurePlanOfferWhenAnAzurePlanIsOrdered() {
        server.answer("POST /v1/customers/" + CUSTOMER + "/orders", 201, "{\"id\":\"o\"}");

        CliRun.Result result = runSignedIn("order", "azure-plan", CUSTOMER);

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests().get(0).body()).contains("\"offerId\":\"DZH318Z0BCZC\"",
                "\"referenceCustomerId\":\"" + CUSTOMER + "\"");
        assertThat(server.requests().get(0).header("MS-RequestId")).matches("[0-9a-f-]{36}");
    }

    @Test
    void shouldDeleteTheRoleWhenRevoked() {
        server.answer("DELETE /v1/users/u-1/roles/sales_agent", 204, "");

        assertThat(runSignedIn("user", "revoke", "u-1", "sales_agent").exitCode()).isZero();
        assertThat(server.requests()).extracting(FakeServer.Request::method).containsExactly("DELETE");
    }

    @Test
    void shouldRefuseAsAUsageErrorWhenNothingIsGivenToChange() {
        CliRun.Result result = runSignedIn("subscription", "set", CUSTOMER, SUBSCRIPTION);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }
}
