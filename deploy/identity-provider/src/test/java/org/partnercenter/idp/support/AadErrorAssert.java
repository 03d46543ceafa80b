package org.partnercenter.idp.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;

/** Checks an answer against Azure AD's error shape. */
public final class AadErrorAssert {

    private AadErrorAssert() {
    }

    public static JsonPath assertAadError(Response response, int status, String error, Integer aadstsCode) {
        assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        JsonPath body = response.jsonPath();
        assertThat(body.getString("error")).isEqualTo(error);
        assertThat(body.getString("timestamp")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z");
        assertThat(body.getString("trace_id")).hasSize(36);
        assertThat(body.getString("correlation_id")).hasSize(36);
        assertThat(body.getString("error_description")).doesNotContain("Exception", "\tat ");
        if (aadstsCode == null) {
            assertThat(body.getList("error_codes")).isEmpty();
        } else {
            assertThat(body.getList("error_codes", Integer.class)).isEqualTo(List.of(aadstsCode));
            assertThat(body.getString("error_description")).startsWith("AADSTS" + aadstsCode + ": ");
        }
        return body;
    }
}
