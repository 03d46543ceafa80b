package org.partnercenter.commons.error;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.partnercenter.commons.sample.SampleCallers.as;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class ErrorResponsesTest {

    private final Caller partner = newPartner();

    @Test
    void shouldSayTheBodyIsNotJsonWhenItIsMalformed() {
        as(partner).body("{\"name\": \"gear\", \"size\": ").post("/v1/widgets")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("description", containsString("not valid JSON"))
                .body("source", equalTo("commons-sample"))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void shouldNameTheFieldWhenAValueHasTheWrongType() {
        as(partner).body(Map.of("name", "gear", "size", "big")).post("/v1/widgets")
                .then().statusCode(400)
                .body("description", allOf(containsString("'size'"), containsString("a number")))
                .body(not(containsString("java.lang")));
    }

    @Test
    void shouldNameTheFieldWhenTextHoldsANulCharacter() {
        as(partner).body(Map.of("name", "ge\u0000ar", "size", 1)).post("/v1/widgets")
                .then().statusCode(400)
                .body("description", allOf(containsString("'name'"), containsString("NUL character")));
    }

    @Test
    void shouldNameTheParameterWhenAQueryParameterHoldsANulCharacter() {
        as(partner).urlEncodingEnabled(false).get("/v1/widgets?size=5&name=a%00b")
                .then().statusCode(400)
                .body("description", allOf(containsString("'name'"), containsString("NUL character")));
    }

    @Test
    void shouldListTheAcceptedValuesWhenAnEnumValueIsUnknown() {
        as(partner).body(Map.of("name", "gear", "size", 1, "color", "green")).post("/v1/widgets")
                .then().statusCode(400)
                .body("description", allOf(containsString("'color'"), containsString("deep_blue, red")));
    }

    @Test
    void shouldNameEveryBadFieldWhenValidationFails() {
        as(partner).body(Map.of("size", -1, "parts", java.util.List.of(Map.of("label", ""))))
                .post("/v1/widgets")
                .then().statusCode(400)
                .body("data", hasItems(containsString("name:"), containsString("size:"),
                        containsString("parts[0].label:")));
    }

    @Test
    void shouldSayTheBodyIsRequiredWhenItIsMissing() {
        as(partner).post("/v1/widgets")
                .then().statusCode(400)
                .body("code", equalTo(400));
    }

    @Test
    void shouldBindPropertiesAndEnumsInAnyCaseWhenTheClientSendsPascalCase() {
        as(partner).body(Map.of("Name", "gear", "SIZE", 2, "Color", "DeepBlue", "Attributes", Map.of("ObjectType", "Widget")))
                .post("/v1/widgets")
                .then().statusCode(201)
                .body("name", equalTo("gear"))
                .body("color", equalTo("deep_blue"))
                .body("attributes.objectType", equalTo("Widget"));
    }

    @Test
    void shouldAnswerJsonNotHtmlWhenTheRouteIsUnknown() {
        as(partner).accept("text/html").get("/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("description", containsString("/v1/no-such-thing"));
    }

    @Test
    void shouldAnswerJsonWhenTheMediaTypeIsUnsupported() {
        as(partner).contentType("text/plain").body("name=gear").post("/v1/widgets")
                .then().statusCode(415)
                .body("code", equalTo(415))
                .body("description", containsString("application/json"));
    }

    @Test
    void shouldAnswerJsonWhenTheMethodIsNotAllowed() {
        as(partner).delete("/v1/widgets")
                .then().statusCode(405)
                .body("code", equalTo(405));
    }

    @Test
    void shouldHideInternalsWhenSomethingUnexpectedFails() {
        as(partner).header("MS-CorrelationId", "corr-500").get("/v1/widgets/failure")
                .then().statusCode(500)
                .body("code", equalTo(500))
                .body("description", containsString("corr-500"))
                .body(allOf(not(containsString("secret")), not(containsString("IllegalStateException")),
                        not(containsString("at org."))));
    }
}
