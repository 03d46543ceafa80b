package org.partnercenter.idp.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.directory.DiscoveryTenant;

/**
 * OpenID Connect discovery documents with Azure AD's v2 and v1 addresses. Every URL is built from
 * the configured authorities, so a client that reached the provider through another address still
 * sees the issuer its tokens carry.
 */
@ApplicationScoped
public class DiscoveryDocuments {

    private static final List<String> CLAIMS = List.of("sub", "iss", "aud", "exp", "iat", "nbf", "tid", "oid",
            "upn", "preferred_username", "unique_name", "name", "nonce", "sid", "amr", "scp", "roles", "azp", "appid",
            "idtyp", "ver");

    private final IdpConfig config;

    DiscoveryDocuments(IdpConfig config) {
        this.config = config;
    }

    public Map<String, Object> v2(DiscoveryTenant tenant) {
        String base = config.authorityBase() + "/" + tenant.pathSegment();
        Map<String, Object> document = document(config.authorityBase() + "/" + tenant.issuerTenant() + "/v2.0",
                base + "/oauth2/v2.0/authorize", base + "/oauth2/v2.0/token", base + "/discovery/v2.0/keys",
                List.of("authorization_code", "refresh_token", "client_credentials", "password",
                        "urn:ietf:params:oauth:grant-type:device_code"));
        document.put("end_session_endpoint", base + "/oauth2/v2.0/logout");
        document.put("device_authorization_endpoint", base + "/oauth2/v2.0/devicecode");
        document.put("code_challenge_methods_supported", List.of("S256"));
        return document;
    }

    // The v1 endpoints have no interactive sign-in here: their authorization endpoint answers an error.
    public Map<String, Object> v1(DiscoveryTenant tenant) {
        String base = config.authorityBase() + "/" + tenant.pathSegment();
        return document(config.v1AuthorityBase() + "/" + tenant.issuerTenant() + "/",
                base + "/oauth2/authorize", base + "/oauth2/token", base + "/discovery/keys",
                List.of("client_credentials", "password"));
    }

    private static Map<String, Object> document(String issuer, String authorize, String token, String jwks,
                                                List<String> grantTypes) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", authorize);
        document.put("token_endpoint", token);
        document.put("jwks_uri", jwks);
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_post"));
        document.put("grant_types_supported", grantTypes);
        // Azure AD's values, advertised as Azure AD does; the README says which of them this provider does.
        document.put("response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
        document.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        document.put("subject_types_supported", List.of("pairwise"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
        document.put("claims_supported", CLAIMS);
        return document;
    }
}
