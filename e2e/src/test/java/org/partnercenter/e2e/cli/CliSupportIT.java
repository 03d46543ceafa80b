package org.partnercenter.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.ServiceRequestBody;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * A partner's helpdesk agent carries a service request through its life with the CLI only: opens it on a topic the
 * CLI listed, adds a note, escalates it, reads its timeline and closes it; every answer parsed back from -o json.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliSupportIT {

    private final StackUnderTest stack;
    private TestPartner partner;
    private String helpdesk;
    private String helpdeskName;
    private InProcessCli cli;

    CliSupportIT(StackUnderTest stack) {
        this.stack = stack;
    }

    @BeforeAll
    void helpdeskAgent() throws Exception {
        partner = stack.partners().direct();
        TestUser agent = stack.partners().addUser(partner, "helpdesk", "helpdesk_agent");
        helpdesk = agent.token();
        helpdeskName = agent.userPrincipalName();
        cli = new InProcessCli(Files.createTempDirectory(Path.of("target"), "cli-config"));
        // the role granted above takes effect within 5 s
        await().atMost(Duration.ofSeconds(10)).until(() -> cli.runAs(helpdesk, "servicerequest", "list"),
                r -> r.exitCode() == 0);
    }

    @Test
    void shouldOpenNoteEscalateAndCloseARequestWhenTheHelpdeskUsesTheCli() {
        String billing = cli.runAs(helpdesk, "servicerequest", "topics", "-o", "json").succeeded().jsonLines()
                .stream().filter(topic -> topic.path("name").asText().equals("Billing")).findFirst()
                .orElseThrow().path("id").asText();

        JsonNode opened = cli.runAs(helpdesk, "servicerequest", "new", "--title", "Invoice total looks wrong",
                "--description", "The invoice is 10 USD above its line items.", "--topic", billing,
                "--severity", "critical", "-o", "json").succeeded().json();
        String id = opened.path("id").asText();
        assertThat(opened.path("status").asText()).isEqualTo("open");
        assertThat(opened.path("severity").asText()).isEqualTo("critical");
        assertThat(opened.path("supportTopicName").asText()).isEqualTo("Billing");

        assertThat(cli.runAs(helpdesk, "servicerequest", "list", "--status", "open", "-o", "json").succeeded()
                .jsonLines()).extracting(request -> request.path("id").asText()).contains(id);

        JsonNode noted = cli.runAs(helpdesk, "servicerequest", "note", id, "The customer sent the PDF.", "-o", "json")
                .succeeded().json();
        assertThat(noted.path("notes").findValuesAsText("text")).contains("The customer sent the PDF.");

        JsonNode escalated = cli.runAs(helpdesk, "servicerequest", "escalate", id, "--reason",
                "Our billing team cannot explain the difference", "-o", "json").succeeded().json();
        assertThat(escalated.path("escalation").path("escalated").asBoolean()).isTrue();
        assertThat(escalated.path("escalation").path("reason").asText())
                .isEqualTo("Our billing team cannot explain the difference");

        JsonNode closed = cli.runAs(helpdesk, "servicerequest", "update", id, "--status", "closed", "--note",
                "Explained by a credit note.", "-o", "json").succeeded().json();
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        List<String> shown = cli.runAs(helpdesk, "servicerequest", "get", id).succeeded().out().lines().toList();
        assertThat(shown).anySatisfy(line -> assertThat(line.split("\\s{2,}")).containsExactly("status", "closed"));
        assertThat(shown).anySatisfy(line -> assertThat(line.split("\\s{2,}")).endsWith(helpdeskName,
                "Explained by a credit note."));

        List<JsonNode> timeline = cli.runAs(helpdesk, "servicerequest", "timeline", id, "-o", "json").succeeded()
                .jsonLines();
        assertThat(timeline).extracting(entry -> entry.path("action").asText()).containsExactly("created",
                "note_added", "escalated", "note_added", "status_changed");
        assertThat(timeline.get(timeline.size() - 1).path("to").asText()).isEqualTo("closed");
        assertThat(timeline).allSatisfy(entry -> assertThat(entry.path("actor").path("side").asText())
                .isEqualTo("partner"));
    }

    @Test
    void shouldShowTheTimelineAsATableAndRefuseANoteOnAClosedRequest() {
        String id = cli.runAs(helpdesk, "servicerequest", "new", "--title", "Seat count", "--description",
                "Ten seats were ordered, eight are shown.", "--topic", ServiceRequestBody.BILLING_TOPIC, "-o", "json")
                .succeeded().json().path("id").asText();
        cli.runAs(helpdesk, "servicerequest", "update", id, "--status", "closed").succeeded();

        InProcessCli.Result table = cli.runAs(helpdesk, "servicerequest", "timeline", id).succeeded();
        InProcessCli.Result late = cli.runAs(helpdesk, "servicerequest", "note", id, "One more thing");

        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("DATE", "SIDE", "BY", "ACTION", "FROM", "TO",
                "TEXT");
        assertThat(lines.get(lines.size() - 1)).contains("partner", "status_changed", "open", "closed");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("is closed").contains("reopen it with Status open");
    }

    @Test
    void shouldListOnlyTheCustomersRequestsWhenACustomerIsGiven() {
        String customer = stack.customers().create(partner.admin(), CustomerBody.customer("CLI Support Customer"));
        String about = cli.runAs(helpdesk, "servicerequest", "new", "--title", "Customer cannot sign in",
                "--description", "Since this morning.", "--topic", ServiceRequestBody.BILLING_TOPIC, "--customer",
                customer, "-o", "json").succeeded().json().path("id").asText();

        InProcessCli.Result listed = cli.runAs(helpdesk, "servicerequest", "list", "--customer", customer, "-o",
                "json").succeeded();

        assertThat(listed.jsonLines()).extracting(request -> request.path("id").asText()).containsExactly(about);
        assertThat(listed.jsonLines().get(0).path("customerId").asText()).isEqualTo(customer);
    }
}
