package org.partnercenter.customer.address;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class AddressValidationTest {

    @Test
    void shouldAnswerVerifiedShippableWithTheStoredSpellingWhenTheAddressMeetsItsCountrysRules() {
        // The .NET SDK's Address as the docs' example fills it, PascalCase as its serializer may send it.
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("AddressLine1", "One Microsoft Way");
        address.put("City", "Redmond");
        address.put("State", "wa");
        address.put("PostalCode", "98052");
        address.put("Country", "us");

        as(Callers.partner(UUID.randomUUID(), PartnerType.DIRECT, Roles.USER_ADMIN)).body(address)
                .post("/v1/validations/address")
                .then().statusCode(200)
                .body("status", equalTo("VerifiedShippable"))
                .body("validationMessage", nullValue())
                .body("originalAddress.state", equalTo("wa"))
                .body("originalAddress.addressLine1", equalTo("One Microsoft Way"))
                .body("suggestedAddresses", hasSize(1))
                .body("suggestedAddresses[0].state", equalTo("WA"))
                .body("suggestedAddresses[0].country", equalTo("US"))
                .body("suggestedAddresses[0].postalCode", equalTo("98052"))
                .body("attributes.objectType", equalTo("AddressValidationResponse"));
    }

    @Test
    void shouldAnswerInteractionRequiredNamingEachFieldWhenTheAddressBreaksItsCountrysRules() {
        as(Callers.operator()).body(Map.of("addressLine1", "1 Sussex Drive", "city", "Ottawa", "postalCode", "12345",
                        "country", "CA"))
                .post("/v1/validations/address")
                .then().statusCode(200)
                .body("status", equalTo("InteractionRequired"))
                .body("validationMessage", allOf(containsString("'state'"), containsString("'postalCode'")))
                .body("suggestedAddresses", empty())
                .body("originalAddress.postalCode", equalTo("12345"));
    }

    @Test
    void shouldAnswerNotValidatedWhenTheCountryIsNotOneWeSellIn() {
        as(Callers.direct()).body(Map.of("addressLine1", "1 Main Street", "city", "Atlantis", "postalCode", "1",
                        "country", "ZZ"))
                .post("/v1/validations/address")
                .then().statusCode(200)
                .body("status", equalTo("NotValidated"))
                .body("validationMessage", containsString("'country'"));
    }

    @Test
    void shouldAnswer400InTheErrorShapeWhenTheCountryIsMissingOrNotTwoLettersOrTextIsNotText() {
        as(Callers.direct()).body(Map.of("addressLine1", "1 Main Street", "city", "Redmond"))
                .post("/v1/validations/address")
                .then().statusCode(400).body("code", equalTo(400)).body("data[0]", containsString("country"));
        as(Callers.direct()).body(Map.of("country", "USA")).post("/v1/validations/address")
                .then().statusCode(400).body("data[0]", containsString("country"));
        as(Callers.direct()).body("{\"country\": ").post("/v1/validations/address")
                .then().statusCode(400).body("code", equalTo(400));
        as(Callers.direct()).body(Map.of("country", "US", "city", "Red\u0000mond")).post("/v1/validations/address")
                .then().statusCode(400).body("data[0]", containsString("city"));
    }

    @Test
    void shouldRefuseWhateverTheBodyWhenTheCallerHasNoRole() {
        as(Callers.partner(UUID.randomUUID(), PartnerType.DIRECT)).body(Map.of("country", "nonsense"))
                .post("/v1/validations/address")
                .then().statusCode(403).body("code", equalTo(900150));
    }
}
