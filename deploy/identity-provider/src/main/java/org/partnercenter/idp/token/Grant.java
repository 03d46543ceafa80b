package org.partnercenter.idp.token;

import java.util.List;

/**
 * What a successful grant allows: who the token is about and for which API. App-only grants have
 * no user principal name and carry roles; user grants carry delegated scopes.
 *
 * @param objectId the {@code oid}: the user, or the application's service principal
 * @param clientAuthenticated whether the client proved itself with a secret ({@code appidacr}/{@code azpacr} 1)
 */
public record Grant(
        String tenantId,
        RequestedResource resource,
        String clientId,
        boolean clientAuthenticated,
        String objectId,
        String userPrincipalName,
        List<String> roles) {

    static Grant appOnly(String tenantId, RequestedResource resource, String clientId, String servicePrincipalId) {
        // The app has no roles granted on the API in this provider; an empty list says so explicitly.
        return new Grant(tenantId, resource, clientId, true, servicePrincipalId, null, List.of());
    }

    static Grant user(String tenantId, RequestedResource resource, String clientId, String userId, String upn) {
        return new Grant(tenantId, resource, clientId, false, userId, upn, null);
    }

    public boolean isAppOnly() {
        return userPrincipalName == null;
    }
}
