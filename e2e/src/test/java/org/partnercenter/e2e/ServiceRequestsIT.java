package org.partnercenter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.e2e.support.ServiceRequestBody.serviceRequest;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/** A partner opens a request, escalates it, the operator's support sees it, asks, and closes it. */
@EndToEnd
class ServiceRequestsIT {

    private static final String OPEN = "/v1/servicerequests/en-US";

    private final StackUnderTest stack;
    private final Gateway gateway;

    ServiceRequestsIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldCloseAnEscalatedRequestWhenSupportAsksThePartnerRepliesAndSupportAnswers() {
        TestPartner partner = stack.partners().direct();
        TestUser helpdesk = stack.partners().addUser(partner, "helpdesk", "helpdesk_agent");
        String requestId = UUID.randomUUID().toString();

        Response opened = gateway.as(helpdesk).header("MS-RequestId", requestId)
                .body(serviceRequest("Invoice total looks wrong").build()).post(OPEN);
        String id = opened.then().statusCode(201)
                .header("Location", endsWith("/v1/servicerequests/" + opened.path("id")))
                .body("status", equalTo("open"))
                .body("severity", equalTo("moderate"))
                .body("supportTopicId", equalTo("32444601"))
                .body("supportTopicName", equalTo("Billing"))
                .body("escalation.escalated", equalTo(false))
                .body("sla.firstResponse.state", equalTo("not_started"))
                .body("attributes.objectType", equalTo("ServiceRequest"))
                .extract().path("id");
        gateway.as(helpdesk).header("MS-RequestId", requestId)
                .body(serviceRequest("Invoice total looks wrong").build()).post(OPEN)
                .then().statusCode(201)
                .header("MS-Idempotent-Replay", "true")
                .body("id", equalTo(id));

        gateway.as(helpdesk).body(Map.of("reason", "Our billing team cannot explain the difference"))
                .post("/v1/servicerequests/" + id + "/escalate")
                .then().statusCode(200)
                .body("escalation.escalated", equalTo(true))
                .body("escalation.reason", equalTo("Our billing team cannot explain the difference"))
                .body("sla.firstResponse.state", equalTo("running"))
                .body("sla.resolution.state", equalTo("running"));
        gateway.as(helpdesk).body(Map.of("reason", "Still waiting"))
                .post("/v1/servicerequests/" + id + "/escalate")
                .then().statusCode(409)
                .body("code", equalTo(409))
                .body("description", containsString("already escalated"));

        TestUser support = stack.operators().addSupportAgent();
        // Support's queue holds every partner's escalations, oldest first: on a stack that ran the suite
        // before, this one may lie beyond the first page unless the list starts at its creation.
        String createdFrom = Instant.parse(opened.path("createdDate")).truncatedTo(ChronoUnit.SECONDS).toString();
        gateway.as(support).get("/v1/servicerequests?escalated=true&created_from=" + createdFrom)
                .then().statusCode(200).body("items.id", hasItem(id));
        gateway.as(support).body(Map.of("NewNote", Map.of("Text", "Which invoice?"), "Status", "attention_needed"))
                .patch("/v1/servicerequests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("attention_needed"))
                .body("sla.firstResponse.state", equalTo("stopped"))
                .body("sla.firstResponse.breached", equalTo(false))
                .body("sla.resolution.state", equalTo("paused"));

        gateway.as(helpdesk).body(Map.of("NewNote", Map.of("Text", "INV-7")))
                .patch("/v1/servicerequests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("open"))
                .body("sla.resolution.state", equalTo("running"));
        gateway.as(support).body(Map.of("NewNote", Map.of("Text", "Fixed."), "Status", "closed"))
                .patch("/v1/servicerequests/" + id)
                .then().statusCode(200).body("status", equalTo("closed")).body("lastClosedDate", notNullValue());

        JsonPath closed = gateway.as(helpdesk).get("/v1/servicerequests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("sla.resolution.state", equalTo("stopped"))
                .body("sla.resolution.breached", equalTo(false))
                .extract().jsonPath();
        assertThat(closed.getList("notes.text")).containsExactly("Which invoice?", "INV-7", "Fixed.");
        assertThat(closed.getList("notes.createdByName")).containsExactly(support.userPrincipalName(),
                helpdesk.userPrincipalName(), support.userPrincipalName());
        JsonPath timeline = gateway.as(helpdesk).get("/v1/servicerequests/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath();
        // One PATCH with a note and a status records the note first, then the status change.
        assertThat(timeline.getList("items.action")).containsExactly("created", "escalated", "note_added",
                "status_changed", "note_added", "status_changed", "note_added", "status_changed");
        assertThat(timeline.getList("items.actor.side")).containsExactly("partner", "partner", "operator",
                "operator", "partner", "partner", "operator", "operator");
        assertThat(timeline.getList("items.to")).containsExactly("open", null, null, "attention_needed", null,
                "open", null, "closed");
    }

    @Test
    void shouldAnswer404WhenAnotherPartnerAsksForTheRequest() {
        TestPartner owner = stack.partners().direct();
        TestPartner stranger = stack.partners().direct();
        String id = open(owner.admin(), serviceRequest("Not yours").build());

        gateway.as(stranger.admin()).get("/v1/servicerequests/" + id)
                .then().statusCode(404)
                .body("code", equalTo(404))
                .body("description", equalTo("No service request with id " + id + " is visible to you. "
                        + "List the service requests you can see with GET /v1/servicerequests."));
        gateway.as(stranger.admin()).get("/v1/servicerequests")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldSendAResellerToItsProvidersSolutionWhenItListsServiceRequests() {
        TestPartner reseller = stack.partners().resellerOf(stack.partners().indirectProvider());

        gateway.as(reseller.admin()).get("/v1/servicerequests")
                .then().statusCode(403)
                .body("code", equalTo(403))
                .body("description", equalTo("Indirect resellers do not have service requests here: use your "
                        + "indirect provider's solution for it."));
    }

    @Test
    void shouldRefuseWith900150WhenASalesAgentOpensARequest() {
        TestPartner partner = stack.partners().direct();
        TestUser sales = stack.partners().addUser(partner, "sales", "sales_agent");

        gateway.as(sales).body(serviceRequest("Sales cannot open this").build()).post(OPEN)
                .then().statusCode(403)
                .body("code", equalTo(900150))
                .body("description", equalTo("The supplied role does not have the rights to perform the requested "
                        + "operation. Roles that may: admin_agent, billing_admin, global_admin, helpdesk_agent, "
                        + "user_admin."));
        gateway.as(sales).get("/v1/servicerequests").then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldListTheRequestUnderItsCustomerWhenItNamesOneOfThePartnersCustomers() {
        TestPartner partner = stack.partners().direct();
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Adventure Works"));
        open(partner.admin(), serviceRequest("About no customer").build());

        // support-service learns customers from the customers topic: until then the customer is unknown there.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/servicerequests")
                        .statusCode() == 200);
        String id = gateway.as(partner.admin())
                .body(serviceRequest("Subscription not provisioned").aboutCustomer(customerId).build()).post(OPEN)
                .then().statusCode(201).body("customerId", equalTo(customerId)).extract().path("id");

        gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/servicerequests")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].title", equalTo("Subscription not provisioned"));
        gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/servicerequests/" + id)
                .then().statusCode(200)
                .body("customerId", equalTo(customerId))
                .body("escalation.escalated", equalTo(false))
                .body("lastClosedDate", nullValue());
    }

    private String open(TestUser user, Map<String, Object> body) {
        return gateway.as(user).body(body).post(OPEN).then().statusCode(201).extract().path("id");
    }
}
