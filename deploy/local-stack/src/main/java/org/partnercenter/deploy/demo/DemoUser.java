package org.partnercenter.deploy.demo;

import java.util.List;

/**
 * A user of a demo partner: who signs in (tenant, name, password) and the roles its partner granted it.
 *
 * @param objectId the user's object id in the identity provider, which the gateway knows it by
 */
public record DemoUser(String tenantId, String objectId, String userPrincipalName, String password,
        List<String> roles) {

    public DemoUser {
        roles = List.copyOf(roles);
    }
}
