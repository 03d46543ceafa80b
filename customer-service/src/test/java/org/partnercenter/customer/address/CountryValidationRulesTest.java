package org.partnercenter.customer.address;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CountryValidationRulesTest {

    @Test
    void shouldAnswerTheRealShapeWhenASignedInCallerAsksForACountryWeSellIn() {
        as(Callers.partner(UUID.randomUUID(), PartnerType.DIRECT, Roles.BILLING_ADMIN))
                .get("/v1/countryvalidationrules/US")
                .then().statusCode(200)
                .body("iso2Code", equalTo("US"))
                .body("defaultCulture", equalTo("en-US"))
                .body("isStateRequired", equalTo(true))
                .body("supportedStatesList", hasItems("WA", "NY", "DC"))
                .body("supportedLanguagesList", hasItems("en"))
                .body("supportedCulturesList", hasItems("en-US"))
                .body("isPostalCodeRequired", equalTo(true))
                .body("postalCodeRegex", equalTo("^\\d{5}(-\\d{4})?$"))
                .body("isCityRequired", equalTo(true))
                .body("isVatIdSupported", equalTo(false))
                .body("isTaxIdSupported", equalTo(false))
                .body("isTaxIdOptional", equalTo(true))
                .body("phoneNumberRegex", not(equalTo(null)))
                .body("countryCallingCodesList", hasItems("1"))
                .body("$", not(hasKey("stateRequired")))
                .body("attributes.objectType", equalTo("CountryValidationRules"));
    }

    @Test
    void shouldReadTheCodeInAnyCaseWhenAnOperatorAsksForAEuropeanCountry() {
        as(Callers.operator()).get("/v1/countryvalidationrules/nl")
                .then().statusCode(200)
                .body("iso2Code", equalTo("NL"))
                .body("isStateRequired", equalTo(false))
                .body("isVatIdSupported", equalTo(true))
                .body("vatIdRegex", containsString("B"));
    }

    @Test
    void shouldAnswer404InTheErrorShapeWhenTheCountryIsNotOneWeSellIn() {
        as(Callers.direct()).get("/v1/countryvalidationrules/ZZ")
                .then().statusCode(404).body("code", equalTo(404))
                .body("description", containsString("ZZ"));
    }

    @Test
    void shouldAnswer400InTheErrorShapeWhenTheCountryIsNotTwoLetters() {
        for (String bad : new String[] {"USA", "1", "U1"}) {
            as(Callers.direct()).get("/v1/countryvalidationrules/" + bad)
                    .then().statusCode(400).body("code", equalTo(400));
        }
    }

    @Test
    void shouldRefuseWhenTheCallerHasNoRole() {
        as(Callers.partner(UUID.randomUUID(), PartnerType.DIRECT)).get("/v1/countryvalidationrules/US")
                .then().statusCode(403).body("code", equalTo(900150));
    }
}
