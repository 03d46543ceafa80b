package org.partnercenter.idp.signin;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The redirects back to an application: its registered redirect URI with the answer in the query or fragment. */
final class Redirects {

    private Redirects() {
    }

    static URI withCode(AuthorizationRequest request, String code) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        return to(request, answer);
    }

    static URI withError(AuthorizationRequest request, AuthorizeFailure failure) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("error", failure.error());
        answer.put("error_description", "AADSTS" + failure.code() + ": " + failure.description());
        answer.put("error_codes", Integer.toString(failure.code()));
        return to(request, answer);
    }

    private static URI to(AuthorizationRequest request, Map<String, String> answer) {
        request.optionalState().ifPresent(state -> answer.put("state", state));
        StringBuilder parameters = new StringBuilder();
        answer.forEach((name, value) -> parameters.append(parameters.isEmpty() ? "" : "&")
                .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String base = request.redirectUri();
        String separator = request.answersInFragment() ? "#" : (base.contains("?") ? "&" : "?");
        return URI.create(base + separator + parameters);
    }
}
