package org.partnercenter.e2e.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;

/**
 * Issue 18: the SDKs parse {@code resourceType}, {@code operationType} and {@code operationStatus} of
 * {@code /v1/auditrecords} as enums, so every value must be one they list; the audit log holds changes only, and reads
 * stay in the operator's access log.
 */
@EndToEnd
class AuditRecordsCompatIT {

    /**
     * The values both SDKs' {@code ResourceType} enums list (microsoft/Partner-Center-Java models/auditing and
     * microsoft/partner-center-sdk-for-dotNET PartnerSdk.Models/Auditing, whose converter writes PascalCase as
     * snake_case): a value only one of them has would fail the other's client.
     */
    private static final Set<String> RESOURCE_TYPES = Set.of("undefined", "customer", "customer_user", "order",
            "subscription", "license", "third_party_add_on", "mpn_association", "transfer", "application",
            "application_credential", "partner_user", "partner_relationship", "referral", "software_key",
            "software_download_link", "invoice", "agreement");

    /** The values both SDKs' {@code OperationType} enums list, the same way. */
    private static final Set<String> OPERATION_TYPES = Set.of("undefined", "update_customer_qualification",
            "update_subscription", "upgrade_subscription", "convert_trial_subscription", "add_customer",
            "update_customer_billing_profile", "delete_customer", "remove_partner_customer_relationship",
            "create_order", "update_order", "create_customer_user", "delete_customer_user", "update_customer_user",
            "update_customer_user_licenses", "reset_customer_user_password", "update_customer_user_principal_name",
            "restore_customer_user", "create_mpn_association", "update_mpn_association",
            "update_sfb_customer_user_licenses", "update_transfer", "create_partner_relationship",
            "register_application", "unregister_application", "add_application_credential",
            "remove_application_credential", "create_partner_user", "update_partner_user", "remove_partner_user",
            "create_referral", "update_referral", "get_software_key", "get_software_download_link", "ready_invoice",
            "create_agreement");

    /** The SDKs' {@code OperationStatus}. */
    private static final Set<String> OPERATION_STATUSES = Set.of("progress", "succeeded", "failed", "decline");

    private final StackUnderTest stack;
    private final Gateway gateway;

    AuditRecordsCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldNameEveryChangeInTheSdkVocabularyWhenAPartnerMakesChanges() {
        TestPartner partner = stack.partners().direct();
        CustomerBody customer = CustomerBody.customer("Audited Company");
        String customerId = stack.customers().create(partner.admin(), customer);
        String etag = gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/profiles/billing")
                .then().statusCode(200).extract().path("attributes.etag");
        gateway.as(partner.admin()).header("If-Match", "\"" + etag + "\"")
                .body(CustomerBody.customer("Renamed Company").billingProfile())
                .put("/v1/customers/" + customerId + "/profiles/billing").then().statusCode(200);
        stack.partners().addUser(partner, "auditor", "admin_agent");

        JsonPath records = awaitChanges(partner, List.of("add_customer", "update_customer_billing_profile",
                "create_partner_user", "update_partner_user"));

        assertThat(records.getList("items.resourceType", String.class)).isSubsetOf(RESOURCE_TYPES);
        assertThat(records.getList("items.operationType", String.class)).isSubsetOf(OPERATION_TYPES);
        assertThat(records.getList("items.operationStatus", String.class)).isSubsetOf(OPERATION_STATUSES);
        assertThat(records.getString("items.find { it.operationType == 'update_customer_billing_profile' }"
                + ".resourceType")).isEqualTo("customer");
        assertThat(records.getString("items.find { it.operationType == 'update_customer_billing_profile' }"
                + ".customerId")).isEqualTo(customerId);
        assertThat(records.getList("items.customizedData.flatten().key", String.class)).containsOnly("OperationName");
    }

    @Test
    void shouldKeepReadsInTheOperatorsAccessLogAndOutOfTheAuditRecordsWhenAPartnerReads() {
        TestPartner partner = stack.partners().direct();
        gateway.as(partner.admin()).header("MS-CorrelationId", "compat-audit-read").get("/v1/customers")
                .then().statusCode(200);
        stack.customers().create(partner.admin(), CustomerBody.customer("Changed Company"));

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                gateway.as(stack.operator()).queryParam("partnerTenantId", partner.tenantId())
                        .queryParam("startDate", today()).get("/v1/accesslog").then().statusCode(200)
                        .extract().<List<String>>path("items.findAll { it.method == 'GET' }.correlationId"))
                .contains("compat-audit-read"));
        JsonPath changes = awaitChanges(partner, List.of("add_customer"));
        assertThat(changes.getList("items.correlationId", String.class)).doesNotContain("compat-audit-read");
        assertThat(changes.getList("items.operationType", String.class)).containsOnly("add_customer");
    }

    @Test
    void shouldRefuseAPartnerWhenItAsksForTheAccessLog() {
        TestPartner partner = stack.partners().direct();

        gateway.as(partner.admin()).get("/v1/accesslog").then().statusCode(403).body("code", equalTo(900150));
        gateway.as(stack.operator()).queryParam("partnerTenantId", "not-a-tenant").get("/v1/accesslog")
                .then().statusCode(400).body("data", equalTo(List.of("partnerTenantId")));
    }

    @Test
    void shouldListOneCustomersNamedChangesWhenTheDotNetSdkSendsItsDateAndCustomerIdFilter() {
        // given changes on two customers
        TestPartner partner = stack.partners().direct();
        String wanted = stack.customers().create(partner.admin(), CustomerBody.customer("Compat Filtered Company"));
        String other = stack.customers().create(partner.admin(), CustomerBody.customer("Compat Other Company"));
        updateBillingProfile(partner, wanted, "Compat Filtered Company");
        updateBillingProfile(partner, other, "Compat Other Company");
        awaitChanges(partner, List.of("update_customer_billing_profile"));

        // when the .NET SDK asks as it builds the URL: DateTime.ToString(CultureInfo.InvariantCulture) of today's
        // midnight, its SimpleFieldFilter serialised by Json.NET, both escaped by System.Uri
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String startDate = String.format("%02d/%02d/%d%%2000:00:00", today.getMonthValue(), today.getDayOfMonth(),
                today.getYear());
        String filter = "%7B%22Field%22:%22CustomerId%22,%22Value%22:%22" + wanted
                + "%22,%22Operator%22:%22equals%22%7D";
        JsonPath records = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> gateway.as(partner.admin()).urlEncodingEnabled(false)
                        .get("/v1/auditrecords?startDate=" + startDate + "&size=100&filter=" + filter)
                        .then().statusCode(200).extract().jsonPath(),
                        json -> json.getList("items.customerName").contains("Compat Filtered Company"));

        // then only that customer's changes are listed, named as customer-service announced it
        assertThat(records.getList("items.customerId", String.class)).isNotEmpty().containsOnly(wanted);
        assertThat(records.getList("items.operationType", String.class))
                .containsOnly("update_customer_billing_profile");
        assertThat(records.getList("items.customerName", String.class)).containsOnly("Compat Filtered Company");
    }

    private void updateBillingProfile(TestPartner partner, String customerId, String companyName) {
        String etag = gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/profiles/billing")
                .then().statusCode(200).extract().path("attributes.etag");
        gateway.as(partner.admin()).header("If-Match", "\"" + etag + "\"")
                .body(CustomerBody.customer(companyName).billingProfile())
                .put("/v1/customers/" + customerId + "/profiles/billing").then().statusCode(200);
    }

    /** The SDK's query: {@code startDate} as a day, the page size it asks for, until the expected changes show. */
    private JsonPath awaitChanges(TestPartner partner, List<String> expected) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> gateway.as(partner.admin()).queryParam("startDate", today()).queryParam("size", 100)
                        .get("/v1/auditrecords").then().statusCode(200).extract().jsonPath(),
                        json -> json.getList("items.operationType", String.class).containsAll(expected));
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
