package org.partnercenter.deploy.demo;

import java.util.List;

/**
 * A user of a demo partner: who signs in (tenant, name, password) and the roles its partner granted it.
 *
 * @param objectId the user's object id in the identity provider, which the gateway knows it by
 * @param totpSecret the base32 secret of its authenticator app, which the portal's sign-in asks a code of (every
 *     demo user has MFA, as partners require it); null when the provider gave none
 */
public record DemoUser(String tenantId, String objectId, String userPrincipalName, String password,
        List<String> roles, String totpSecret) {

    public DemoUser {
        roles = List.copyOf(roles);
    }
}
