package org.partnercenter.e2e.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.ServiceRequestBody;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * Calls as Microsoft's Partner Center SDK for Java (1.15.4) makes them, through the gateway: its headers, its query
 * parameters ({@code size=0}, a URL-encoded filter) and its models' default field values, which it sends as they
 * are (its JSON leaves out nulls only). Each test is one SDK call shape that must keep working unchanged.
 */
@EndToEnd
class SdkDefaultsCompatIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    SdkDefaultsCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldServeTheDefaultPageWhenTheSdkQueriesWithSizeZeroAndAFilter() {
        TestPartner partner = stack.partners().direct();
        String found = stack.customers().create(partner.admin(), CustomerBody.customer("Sdk Zero Traders"));
        stack.customers().create(partner.admin(), CustomerBody.customer("Elsewhere Inc"));
        // The SDK's SimpleFieldFilter as its Jackson writes it, then URLEncoder-encoded (spaces as '+').
        String filter = URLEncoder.encode("{\"operator\":\"StartsWith\",\"fieldType\":\"String\","
                + "\"field\":\"CompanyName\",\"value\":\"Sdk Zero\"}", StandardCharsets.UTF_8);

        sdk(partner.admin()).urlEncodingEnabled(false).get("/v1/customers?size=0&filter=" + filter)
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(found))
                .body("attributes.objectType", equalTo("Collection"));
        for (String list : List.of("/v1/customers?size=0", "/v1/servicerequests?size=0", "/v1/invoices?size=0")) {
            sdk(partner.admin()).get(list).then().statusCode(200).body("attributes.objectType", equalTo("Collection"));
        }
    }

    @Test
    void shouldStoreTheProfilesNamesWhenTheSdkPutsBackTheBillingProfileItReadWithNewNames() {
        TestPartner partner = stack.partners().direct();
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Sdk Profile Ltd"));
        String path = "/v1/customers/" + customerId + "/profiles/billing";
        Map<String, Object> profile = sdk(partner.admin()).get(path).then().statusCode(200)
                .extract().jsonPath().getMap("");
        profile.put("firstName", "Avery");
        profile.put("lastName", "Accounts");

        // The SDK sends no If-Match: the etag travels in the profile's attributes, as it read them.
        sdk(partner.admin()).body(withoutNulls(profile)).put(path).then().statusCode(200)
                .body("firstName", equalTo("Avery"))
                .body("lastName", equalTo("Accounts"));

        sdk(partner.admin()).get(path).then().statusCode(200)
                .body("firstName", equalTo("Avery"))
                .body("lastName", equalTo("Accounts"))
                .body("defaultAddress.firstName", equalTo("Tess"))
                .body("defaultAddress.lastName", equalTo("Tester"))
                .body("attributes.objectType", equalTo("CustomerBillingProfile"));
    }

    @Test
    void shouldAddOnlyTheNoteWhenTheSdkPatchesAServiceRequestWithItsModelsDefaults() {
        TestPartner partner = stack.partners().direct();
        String id = sdk(partner.admin()).body(ServiceRequestBody.serviceRequest("Sdk defaults").build())
                .post("/v1/servicerequests/en-US").then().statusCode(201).extract().path("id");
        // new ServiceRequest() with only setNewNote(...): its status and severity keep the model's defaults.
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("severity", "unknown");
        patch.put("status", "none");
        patch.put("newNote", Map.of("text", "The credit note has not arrived yet."));
        patch.put("attributes", Map.of("objectType", "ServiceRequest"));

        sdk(partner.admin()).body(patch).patch("/v1/servicerequests/" + id).then().statusCode(200)
                .body("status", equalTo("open"))
                .body("severity", equalTo("moderate"));

        List<String> notes = sdk(partner.admin()).get("/v1/servicerequests/" + id).then().statusCode(200)
                .body("status", equalTo("open")).body("severity", equalTo("moderate"))
                .extract().jsonPath().getList("notes.text");
        assertThat(notes).containsExactly("The credit note has not arrived yet.");
    }

    /** The headers PartnerServiceClient sets on every request, with a new request id per call, as it does. */
    private RequestSpecification sdk(TestUser user) {
        return gateway.as(user)
                .contentType("application/json; charset=utf-8")
                .accept("application/json")
                .header("MS-Contract-Version", "v1")
                .header("MS-CorrelationId", UUID.randomUUID().toString())
                .header("MS-RequestId", UUID.randomUUID().toString())
                .header("X-Locale", "en-US")
                .header("MS-SdkVersion", "1.15.4")
                .header("MS-PartnerCenter-Client", "Partner Center Java SDK");
    }

    /** The SDK's JSON includes no nulls (Include.NON_NULL). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Map<String, Object> json) {
        Map<String, Object> copy = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                copy.put(key, withoutNulls((Map<String, Object>) nested));
            } else if (value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
