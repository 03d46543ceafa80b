package org.partnercenter.cli.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

/** What update, note, escalate and new send: the API's bodies, an idempotency key, no etag (the API takes none). */
class ServiceRequestWritesTest extends FakeServerTest {

    private static final String REQUEST = "/v1/servicerequests/616122292874576";
    private static final String ANSWER = "{\"id\":\"616122292874576\",\"status\":\"closed\",\"severity\":\"critical\"}";

    @Test
    void shouldPatchOnlyTheGivenFieldsWhenARequestIsUpdated() {
        server.answer("PATCH " + REQUEST, 200, ANSWER);

        CliRun.Result result = runSignedIn("servicerequest", "update", "616122292874576", "--status", "closed",
                "--note", "Solved by the customer", "-o", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        FakeServer.Request patch = server.requests().get(0);
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.body()).isEqualTo("{\"status\":\"closed\",\"newNote\":{\"text\":\"Solved by the customer\"}}");
        assertThat(patch.header("Content-Type")).isEqualTo("application/json");
        assertThat(patch.header("MS-RequestId")).matches("[0-9a-f-]{36}");
        assertThat(patch.header("If-Match")).isNull();
        assertThat(result.out()).contains("\"status\" : \"closed\"");
    }

    @Test
    void shouldSendTheSeverityAloneWhenOnlyTheSeverityChanges() {
        server.answer("PATCH " + REQUEST, 200, ANSWER);

        assertThat(runSignedIn("servicerequest", "update", "616122292874576", "--severity", "critical").exitCode())
                .isZero();
        assertThat(server.requests().get(0).body()).isEqualTo("{\"severity\":\"critical\"}");
    }

    @Test
    void shouldRefuseAsAUsageErrorWithoutCallingTheApiWhenAnUpdateChangesNothing() {
        CliRun.Result result = runSignedIn("servicerequest", "update", "616122292874576");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--status", "--note");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldPatchANewNoteWhenANoteIsAdded() {
        server.answer("PATCH " + REQUEST, 200, "{\"id\":\"616122292874576\",\"notes\":[{\"text\":\"Any news?\"}]}");

        CliRun.Result result = runSignedIn("servicerequest", "note", "616122292874576", "Any news?");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests().get(0).body()).isEqualTo("{\"newNote\":{\"text\":\"Any news?\"}}");
        assertThat(result.out()).contains("FIELD", "VALUE", "616122292874576");
    }

    @Test
    void shouldExitOneWithTheApisDescriptionWhenTheStatusForbidsTheNote() {
        server.answer("PATCH " + REQUEST, 409, "{\"code\":409,\"description\":\"Service request 616122292874576 is "
                + "closed: reopen it with Status open in the same PATCH to add a note or change its severity.\"}");

        CliRun.Result result = runSignedIn("servicerequest", "note", "616122292874576", "Late note");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("reopen it with Status open");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldPostTheReasonWhenARequestIsEscalated() {
        server.answer("POST " + REQUEST + "/escalate", 200, "{\"id\":\"616122292874576\",\"escalation\":"
                + "{\"escalated\":true,\"reason\":\"No answer in two days\"}}");

        CliRun.Result result = runSignedIn("servicerequest", "escalate", "616122292874576", "--reason",
                "No answer in two days");

        assertThat(result.exitCode()).isZero();
        FakeServer.Request post = server.requests().get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.body()).isEqualTo("{\"reason\":\"No answer in two days\"}");
        assertThat(post.header("MS-RequestId")).isNotBlank();
        assertThat(result.out()).contains("escalation.escalated", "true");
    }

    @Test
    void shouldNeedAReasonToEscalate() {
        assertThat(runSignedIn("servicerequest", "escalate", "616122292874576").exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldExitFourWhenTheRequestToEscalateIsNotFound() {
        server.answer("POST " + REQUEST + "/escalate", 404, "{\"code\":404,\"description\":\"No service request "
                + "616122292874576.\"}");

        CliRun.Result result = runSignedIn("servicerequest", "escalate", "616122292874576", "--reason", "r");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("No service request 616122292874576.");
    }

    @Test
    void shouldSendTheTopicAsANumberAndTheCustomerWhenARequestIsOpenedFromFlags() {
        server.answer("POST /v1/servicerequests/en-US", 201, "{\"id\":\"1\"}");

        CliRun.Result result = runSignedIn("servicerequest", "new", "--title", "Invoice", "--description", "Too high",
                "--topic", "32444601", "--customer", "0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.requests().get(0).body()).isEqualTo("{\"title\":\"Invoice\",\"description\":\"Too high\","
                + "\"severity\":\"moderate\",\"supportTopicId\":32444601,"
                + "\"customerId\":\"0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001\"}");
    }

    @Test
    void shouldRefuseATopicThatIsNotANumberAsAUsageError() {
        CliRun.Result result = runSignedIn("servicerequest", "new", "--title", "t", "--description", "d",
                "--topic", "Billing");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }
}
