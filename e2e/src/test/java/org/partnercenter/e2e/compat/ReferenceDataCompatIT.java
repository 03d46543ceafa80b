package org.partnercenter.e2e.compat;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * Issue 19: the reference data integrations read before they create a customer, as the .NET SDK calls it:
 * {@code Domains.ByDomain(domain).ExistsAsync()} (HEAD, 404 meaning free), {@code CountryValidationRules
 * .ByCountry(code).GetAsync()} and {@code Validations.IsAddressValidAsync(address)}.
 */
@EndToEnd
class ReferenceDataCompatIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    ReferenceDataCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldAnswerNotFoundThenOkWhenTheSdkChecksADomainBeforeAndAfterItsCustomerIsCreated() {
        TestPartner partner = stack.partners().direct();
        TestPartner other = stack.partners().direct();
        CustomerBody customer = CustomerBody.customer("Sdk Domain Check");

        // ExistsAsync() reads a 404 as false and anything else it does not throw on as true.
        sdk(partner.admin()).head("/v1/domains/" + customer.domain()).then().statusCode(404).body(emptyString());
        stack.customers().create(partner.admin(), customer);

        sdk(partner.admin()).head("/v1/domains/" + customer.domain()).then().statusCode(200).body(emptyString());
        // Domains are unique across partners: another partner learns it is taken, and nothing else.
        sdk(other.admin()).head("/v1/domains/" + customer.domain().toUpperCase()).then().statusCode(200)
                .body(emptyString());
    }

    @Test
    void shouldAnswerTheSdksCountryValidationRulesModelWhenAnyPartnerUserGetsACountrysRules() {
        TestPartner partner = stack.partners().direct();
        TestUser billing = stack.partners().addUser(partner, "rules-reader", Roles.BILLING_ADMIN);

        sdk(billing).get("/v1/countryvalidationrules/US").then().statusCode(200)
                .body("iso2Code", equalTo("US"))
                .body("defaultCulture", equalTo("en-US"))
                .body("isStateRequired", equalTo(true))
                .body("supportedStatesList", hasItem("WA"))
                .body("supportedLanguagesList", hasItem("en"))
                .body("supportedCulturesList", hasItem("en-US"))
                .body("isPostalCodeRequired", equalTo(true))
                .body("postalCodeRegex", notNullValue())
                .body("isCityRequired", equalTo(true))
                .body("isVatIdSupported", equalTo(false))
                .body("phoneNumberRegex", notNullValue())
                .body("isTaxIdSupported", equalTo(false))
                .body("isTaxIdOptional", equalTo(true))
                .body("countryCallingCodesList", hasItem("1"))
                .body("attributes.objectType", equalTo("CountryValidationRules"));
        sdk(billing).get("/v1/countryvalidationrules/ZZ").then().statusCode(404).body("code", equalTo(404));
    }

    @Test
    void shouldAnswerTheSdksAddressValidationResponseWhenItValidatesAnAddress() {
        TestPartner partner = stack.partners().direct();

        sdk(partner.admin()).body(sdkAddress("One Microsoft Way", "Redmond", "wa", "98052"))
                .post("/v1/validations/address")
                .then().statusCode(200)
                .body("status", equalTo("VerifiedShippable"))
                .body("originalAddress.state", equalTo("wa"))
                .body("suggestedAddresses", hasSize(1))
                .body("suggestedAddresses[0].state", equalTo("WA"))
                .body("suggestedAddresses[0].postalCode", equalTo("98052"))
                .body("attributes.objectType", equalTo("AddressValidationResponse"));
        sdk(partner.admin()).body(sdkAddress("One Microsoft Way", "Redmond", "WA", "9805"))
                .post("/v1/validations/address")
                .then().statusCode(200)
                .body("status", equalTo("InteractionRequired"))
                .body("validationMessage", containsString("postalCode"))
                .body("suggestedAddresses", hasSize(0));
        // A customer with that address is refused, naming the same field.
        Map<String, Object> customer = CustomerBody.customer("Sdk Bad Zip").build();
        billingAddress(customer).put("PostalCode", "9805");
        sdk(partner.admin()).body(customer).post("/v1/customers").then().statusCode(400)
                .body("data", hasItem(containsString("defaultAddress.postalCode")));
    }

    /** new Address { ... } as the .NET SDK serialises it: every property, null where the caller set none. */
    private static Map<String, Object> sdkAddress(String line1, String city, String state, String postalCode) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("country", "US");
        address.put("region", null);
        address.put("city", city);
        address.put("state", state);
        address.put("addressLine1", line1);
        address.put("addressLine2", null);
        address.put("postalCode", postalCode);
        address.put("firstName", null);
        address.put("middleName", null);
        address.put("lastName", null);
        address.put("phoneNumber", null);
        return address;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> billingAddress(Map<String, Object> customer) {
        Map<String, Object> billing = (Map<String, Object>) customer.get("BillingProfile");
        return (Map<String, Object>) billing.get("DefaultAddress");
    }

    /** The headers the SDK's PartnerServiceProxy sets on every request, with a new request id per call. */
    private RequestSpecification sdk(TestUser user) {
        return gateway.as(user)
                .contentType("application/json; charset=utf-8")
                .accept("application/json")
                .header("MS-Contract-Version", "v1")
                .header("MS-CorrelationId", UUID.randomUUID().toString())
                .header("MS-RequestId", UUID.randomUUID().toString())
                .header("X-Locale", "en-US")
                .header("MS-PartnerCenter-Client", "Partner Center .NET SDK");
    }
}
