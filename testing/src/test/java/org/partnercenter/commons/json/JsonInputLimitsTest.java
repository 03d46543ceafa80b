package org.partnercenter.commons.json;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.commons.sample.SampleCallers.as;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.testing.HostileText;
import org.partnercenter.testing.PostgresAndKafka;

/** The JSON strictness of commons, on every body: each refusal a 400 in the error shape naming what is wrong. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class JsonInputLimitsTest {

    private final Caller partner = newPartner();

    @Test
    void shouldNameTheFieldWhenAKeyIsGivenTwice() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1, \"name\": \"other\"}");

        response.body("data", hasItem(startsWith("name: is given twice")));
    }

    @Test
    void shouldRefuseTheBodyWhenContentFollowsTheDocument() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1} {\"name\": \"other\"}");

        response.body("description", containsString("more content after the end of the JSON document"));
    }

    @Test
    void shouldRefuseTheBodyWhenGarbageFollowsTheDocument() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1} garbage");

        response.body("description", containsString("not valid JSON"));
    }

    @Test
    void shouldSayHowDeepWhenTheDocumentIsNestedTooDeep() {
        String deep = "[".repeat(2000) + "]".repeat(2000);

        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1, \"extra\": " + deep + "}");

        response.body("description", containsString("nested more than 64 levels deep"));
    }

    @Test
    void shouldNameTheFieldWhenAStringIsAMegabyteLong() {
        ValidatableResponse response = post("{\"name\": \"" + HostileText.MEGABYTE + "\", \"size\": 1}");

        response.body("data", hasItem(startsWith("name: is longer than")))
                .body("description.length()", lessThan(1000));
    }

    @Test
    void shouldNameTheFieldWhenAMegabyteStringIsSentAsANumber() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1, \"weight\": \"" + "9".repeat(1_000_000)
                + "\"}");

        response.body("data", hasItem(startsWith("weight:")))
                .body("description.length()", lessThan(1000));
    }

    @Test
    void shouldNameTheFieldWhenANumberHas400Digits() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1, \"weight\": " + "9".repeat(400) + "}");

        response.body("data", hasItem(startsWith("weight:")));
    }

    @Test
    void shouldNameTheFieldWhenAnIntegerHas400Digits() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": " + "9".repeat(400) + "}");

        response.body("data", hasItem(startsWith("size:")));
    }

    @Test
    void shouldRefuseTheBodyWhenANumberIsLongerThanTheParserReads() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": " + "9".repeat(2000) + "}");

        response.body("description", containsString("a number longer than 1000 characters"));
    }

    @Test
    void shouldNameTheFieldWhenADecimalIsOutOfRange() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1, \"weight\": 1e400}");

        response.body("data", hasItem(allOf(startsWith("weight:"), containsString("out of range"))));
    }

    @Test
    void shouldNameTheFieldWhenAnIntegerIsOutOfRange() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1e400}");

        response.body("data", hasItem(startsWith("size:")));
    }

    @Test
    void shouldNameTheFieldWhenTextHoldsALoneSurrogate() {
        ValidatableResponse response = post("{\"name\": \"ge\\ud800ar\", \"size\": 1}");

        response.body("data", hasItem(allOf(startsWith("name:"), containsString("lone surrogate"))));
    }

    @Test
    void shouldAcceptTextWhenASurrogatePairIsWellFormed() {
        as(partner).body("{\"name\": \"gear \\ud83d\\ude00\", \"size\": 1}").post("/v1/widgets")
                .then().statusCode(201)
                .body("name", equalTo("gear \uD83D\uDE00"));
    }

    @Test
    void shouldNameTheMapWhenAKeyHoldsANulCharacter() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1, \"labels\": {\"a\\u0000\": \"b\"}}");

        response.body("data", hasItem(allOf(startsWith("labels:"), containsString("NUL character"))));
    }

    @Test
    void shouldNameTheFieldWhenABooleanIsANumber() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1, \"fragile\": -1}");

        response.body("data", hasItem(allOf(startsWith("fragile:"), containsString("true or false"))));
    }

    @Test
    void shouldNameTheFieldWhenABooleanIsAString() {
        ValidatableResponse response = post("{\"name\": \"gear\", \"size\": 1, \"fragile\": \"yes\"}");

        response.body("data", hasItem(startsWith("fragile:")));
    }

    @Test
    void shouldNameEveryFieldWhenTextIsLongerThanItsKindAllows() {
        ValidatableResponse response = as(partner).body(Map.of("name", "n".repeat(257), "size", 1,
                        "ownerId", "12345", "labels", Map.of("k".repeat(65), "v", "color", "v".repeat(257))))
                .post("/v1/widgets").then().statusCode(400).body("code", equalTo(400));

        response.body("data", hasItems(startsWith("name: must be at most 256 characters"),
                startsWith("ownerId: must be a GUID"), startsWith("labels[color]: must be at most 256"),
                allOf(startsWith("labels[kkkk"), containsString("(the key): must be at most 64"))));
    }

    private ValidatableResponse post(String body) {
        return as(partner).body(body).post("/v1/widgets")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("source", equalTo("commons-sample"))
                .body("description", startsWith(""));
    }
}
