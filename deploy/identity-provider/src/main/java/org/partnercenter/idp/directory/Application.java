package org.partnercenter.idp.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * An app registration as stored. As in Azure AD, the application object ({@code id}) and its
 * service principal are distinct objects: app-only tokens carry the service principal's id as {@code oid}.
 *
 * @param redirectUris the SPA redirect URIs an authorization request may name, compared exactly;
 *     empty in directory files written before interactive sign-in existed
 * @param signInAudience {@link SignInAudience#MY_ORG} when absent, as Azure AD's default
 * @param publicClient whether it may sign users in without a secret through the device code flow (Azure AD's
 *     "Allow public client flows"); false when absent, as in files written before that flow existed
 */
public record Application(
        String appId,
        String id,
        String servicePrincipalId,
        String displayName,
        String secretHash,
        Instant createdAt,
        List<String> redirectUris,
        SignInAudience signInAudience,
        boolean publicClient) {

    public Application {
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        signInAudience = signInAudience == null ? SignInAudience.MY_ORG : signInAudience;
    }

    @JsonIgnore
    public boolean isMultiTenant() {
        return signInAudience == SignInAudience.MULTIPLE_ORGS;
    }

    public boolean hasRedirectUri(String uri) {
        return uri != null && redirectUris.contains(uri);
    }
}
