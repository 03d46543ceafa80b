package org.partnercenter.idp.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.partnercenter.idp.directory.Application;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.error.AadException;
import org.partnercenter.idp.token.RequestedResource;

/** Checks an authorization request in Azure AD's order: the client and its redirect URI first, then the rest. */
@ApplicationScoped
class AuthorizeChecks {

    private final RegisteredClients clients;

    AuthorizeChecks(RegisteredClients clients) {
        this.clients = clients;
    }

    /** The request's application, once its client id and redirect URI check out; {@link ClientRefusal} otherwise. */
    Located<Application> client(AuthorizationRequest request) {
        Located<Application> client;
        try {
            client = clients.at(request.tenantSegment(), request.clientId());
        } catch (AadException refused) {
            throw new ClientRefusal(refused.aadstsCode(), refused.getMessage());
        }
        if (request.redirectUri() == null) {
            throw new ClientRefusal(900144, "The request body must contain the following parameter: 'redirect_uri'.");
        }
        if (!client.value().hasRedirectUri(request.redirectUri())) {
            throw new ClientRefusal(50011, "The redirect URI '" + request.redirectUri() + "' specified in the request "
                    + "does not match the redirect URIs configured for the application '" + request.clientId()
                    + "'. Register it in the application's redirectUris; it is compared exactly.");
        }
        return client;
    }

    /** Why a request with a verified client and redirect URI is refused, if it is. */
    Optional<AuthorizeFailure> failure(AuthorizationRequest request) {
        if (!"code".equals(request.responseType())) {
            return Optional.of(AuthorizeFailure.invalidRequest(request.responseType() == null ? 900144 : 700054,
                    "response_type '" + request.responseType() + "' is not supported; this provider only does "
                            + "the authorization code flow with PKCE (response_type=code)."));
        }
        if (request.responseMode() != null && !List.of("query", "fragment").contains(request.responseMode())) {
            return Optional.of(AuthorizeFailure.invalidRequest(9002313, "response_mode '" + request.responseMode()
                    + "' is not supported by the development identity provider; use 'query' or 'fragment'."));
        }
        if (request.codeChallenge() == null) {
            return Optional.of(AuthorizeFailure.invalidRequest(9002325,
                    "Proof Key for Code Exchange is required for cross-origin authorization code redemption."));
        }
        if (!"S256".equals(request.codeChallengeMethod())) {
            return Optional.of(AuthorizeFailure.invalidRequest(9002313, "code_challenge_method must be 'S256', got '"
                    + request.codeChallengeMethod() + "'."));
        }
        if (!request.codeChallenge().matches("[A-Za-z0-9_-]{43}")) {
            return Optional.of(AuthorizeFailure.invalidRequest(501491, "Invalid size of Code_Challenge parameter: "
                    + "an S256 challenge is 43 base64url characters."));
        }
        if (request.scope() == null) {
            return Optional.of(AuthorizeFailure.invalidRequest(900144,
                    "The request body must contain the following parameter: 'scope'."));
        }
        try {
            RequestedResource.fromScope(request.scope());
        } catch (AadException invalidScope) {
            return Optional.of(new AuthorizeFailure("invalid_scope", invalidScope.aadstsCode(), invalidScope.getMessage()));
        }
        if ("none".equals(request.prompt())) {
            return Optional.of(new AuthorizeFailure("login_required", 50058, "A silent sign-in request was sent but "
                    + "no user is signed in: this provider keeps no sign-in cookie. Use a refresh token instead."));
        }
        return Optional.empty();
    }
}
