package org.partnercenter.cli.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

/** The timeline, the support topics and a customer's requests: paths, columns, and refusals. */
class ServiceRequestReadsTest extends FakeServerTest {

    private static final String CUSTOMER = "0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001";
    private static final String REQUEST_WITH_NOTES = "{\"id\":\"42\",\"status\":\"open\",\"notes\":["
            + "{\"text\":\"First note\",\"createdByName\":\"ann@p.example\",\"createdDate\":\"2026-12-07T10:00:00Z\"},"
            + "{\"text\":\"Second note\",\"createdByName\":\"Support\",\"createdDate\":\"2026-12-07T11:00:00Z\"}]}";

    @Test
    void shouldShowWhoDidWhatWhenTheTimelineIsRead() {
        server.answer("GET /v1/servicerequests/42/timeline", 200, "{\"totalCount\":2,\"items\":["
                + "{\"id\":\"a\",\"date\":\"2026-12-07T10:00:00Z\",\"actor\":{\"side\":\"partner\",\"name\":\"ann@p.example\"},"
                + "\"action\":\"status_changed\",\"from\":\"open\",\"to\":\"closed\"},"
                + "{\"id\":\"b\",\"date\":\"2026-12-07T10:01:00Z\",\"actor\":{\"side\":\"operator\",\"name\":\"Support\"},"
                + "\"action\":\"note_added\",\"text\":\"Done\"}],\"links\":{}}");

        CliRun.Result result = runSignedIn("servicerequest", "timeline", "42");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("DATE", "SIDE", "BY", "ACTION", "FROM", "TO", "TEXT");
        assertThat(lines.get(1)).contains("partner", "ann@p.example", "status_changed", "open", "closed");
        assertThat(lines.get(2)).contains("operator", "note_added", "Done");
    }

    @Test
    void shouldExitFourWhenTheTimelinesRequestIsNotFound() {
        server.answer("GET /v1/servicerequests/42/timeline", 404, "{\"code\":404,\"description\":\"No service "
                + "request 42.\"}");

        CliRun.Result result = runSignedIn("servicerequest", "timeline", "42");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("No service request 42.");
    }

    @Test
    void shouldShowTheNotesAsATableOfTheirOwnWhenARequestIsShownAsATable() {
        server.answer("GET /v1/servicerequests/42", 200, REQUEST_WITH_NOTES);

        CliRun.Result result = runSignedIn("servicerequest", "get", "42");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line.split("\\s{2,}")).containsExactly("status", "open"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("notes"));
        int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("NOTE ADDED")).findFirst()
                .orElseThrow());
        assertThat(lines.get(header).split("\\s{2,}")).containsExactly("NOTE ADDED", "BY", "TEXT");
        assertThat(lines.get(header + 1).split("\\s{2,}")).containsExactly("2026-12-07T10:00:00Z", "ann@p.example",
                "First note");
        assertThat(lines.get(header + 2)).endsWith("Second note");
    }

    @Test
    void shouldKeepTheApisShapeWhenARequestIsShownAsJson() {
        server.answer("GET /v1/servicerequests/42", 200, REQUEST_WITH_NOTES);

        CliRun.Result result = runSignedIn("servicerequest", "get", "42", "-o", "json");

        assertThat(result.out()).contains("\"notes\" : [", "First note", "Second note");
    }

    @Test
    void shouldListTheTopicsIdsAndNames() {
        server.answer("GET /v1/servicerequests/supporttopics", 200, "{\"totalCount\":1,\"items\":[{\"id\":32444601,"
                + "\"name\":\"Billing\",\"description\":\"Invoices and payments\"}],\"links\":{}}");

        CliRun.Result result = runSignedIn("servicerequest", "topics", "-o", "csv");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly("ID,NAME,DESCRIPTION", "32444601,Billing,Invoices and payments");
    }

    @Test
    void shouldExitOneWhenTheRoleMayNotReadTopics() {
        server.answer("GET /v1/servicerequests/supporttopics", 403, "{\"code\":900150,\"description\":\"The "
                + "supplied role does not have the rights to perform the requested operation\"}");

        CliRun.Result result = runSignedIn("servicerequest", "topics");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("does not have the rights");
    }

    @Test
    void shouldReadTheCustomersRoutedListWhenACustomerIsGiven() {
        server.answer("GET /v1/customers/" + CUSTOMER + "/servicerequests?status=open", 200,
                "{\"totalCount\":1,\"items\":[{\"id\":\"7\",\"title\":\"Seats\",\"status\":\"open\","
                        + "\"escalation\":{\"escalated\":false}}],\"links\":{}}");

        CliRun.Result result = runSignedIn("servicerequest", "list", "--customer", CUSTOMER, "--status", "open");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().skip(1).findFirst().orElseThrow()).contains("7", "Seats", "open", "false");
    }

    @Test
    void shouldListThePartnersRequestsWithoutACustomer() {
        server.answer("GET /v1/servicerequests", 200, "{\"totalCount\":0,\"items\":[],\"links\":{}}");

        CliRun.Result result = runSignedIn("servicerequest", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("ESCALATED");
    }
}
