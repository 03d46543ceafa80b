package org.partnercenter.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;

/** An answer of the identity provider: its JSON, and Azure AD's {@code error} when it refused. */
record IdentityAnswer(int status, JsonNode json) {

    boolean ok() {
        return status == 200 && !json.has("error");
    }

    String error() {
        return json.path("error").asText("");
    }

    String description() {
        return json.path("error_description").asText(json.path("error").asText("HTTP " + status));
    }

    String text(String field) {
        return json.path(field).asText(null);
    }

    /** Azure AD writes expires_in as a number (v2) or a string (v1): either is seconds from now. */
    long expiresIn() {
        return json.path("expires_in").asLong(3600);
    }
}
