package org.partnercenter.e2e.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** The stack's only public entry: every call of the suite goes here, with a bearer token as a client sends it. */
public final class Gateway {

    static {
        // A failed assertion shows the exchange that failed it.
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * Quantities and money are compared exactly: decimals read as BigDecimal, never float. A request the stack never
     * answers fails after two minutes instead of stalling the suite (a hung GET /openapi once held CI for fifteen).
     */
    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.connection.timeout", 10_000)
                    .setParam("http.socket.timeout", 120_000));

    private final String url;

    Gateway(String url) {
        this.url = url;
    }

    public RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public RequestSpecification as(TestUser user) {
        return as(user.token());
    }

    public RequestSpecification anonymous() {
        return given().baseUri(url).config(EXACT_NUMBERS).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public String url() {
        return url;
    }
}
