package org.partnercenter.idp.signin;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;

/**
 * The parameters of an authorization request ({@code GET .../oauth2/v2.0/authorize}), as sent; blank
 * values count as absent, as in Azure AD. Nothing here is checked yet: {@link AuthorizeChecks} does that.
 */
public record AuthorizationRequest(
        String tenantSegment,
        String clientId,
        String responseType,
        String redirectUri,
        String scope,
        String state,
        String nonce,
        String codeChallenge,
        String codeChallengeMethod,
        String responseMode,
        String prompt,
        String loginHint) {

    static AuthorizationRequest from(String tenantSegment, MultivaluedMap<String, String> query) {
        return new AuthorizationRequest(tenantSegment, value(query, "client_id"), value(query, "response_type"),
                value(query, "redirect_uri"), value(query, "scope"), value(query, "state"), value(query, "nonce"),
                value(query, "code_challenge"), value(query, "code_challenge_method"), value(query, "response_mode"),
                value(query, "prompt"), value(query, "login_hint"));
    }

    /**
     * What another flow's sign-in (the device code flow's) shares with an authorization request: the authority,
     * whose users may sign in, the client and the scope. It has no redirect URI: it never goes back to one.
     */
    static AuthorizationRequest forClient(String tenantSegment, String clientId, String scope) {
        return new AuthorizationRequest(tenantSegment, clientId, null, null, scope, null, null, null, null, null, null,
                null);
    }

    /** Where the answer goes back: the query (the default for the code flow) or the fragment. */
    boolean answersInFragment() {
        return "fragment".equals(responseMode);
    }

    Optional<String> optionalState() {
        return Optional.ofNullable(state);
    }

    private static String value(MultivaluedMap<String, String> query, String name) {
        String value = query == null ? null : query.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }
}
