package org.partnercenter.e2e.support;

import java.util.Map;

/** Users of the operator's own tenant, added by the operator's admin as a partner's admin adds colleagues. */
public final class Operators {

    private final Gateway gateway;
    private final IdentityProvider identityProvider;
    private final TestUser operatorAdmin;

    Operators(Gateway gateway, IdentityProvider identityProvider, TestUser operatorAdmin) {
        this.gateway = gateway;
        this.identityProvider = identityProvider;
        this.operatorAdmin = operatorAdmin;
    }

    /** A new member of the operator's tenant with operator_support (and MFA, as the operator requires): the support desk. */
    public TestUser addSupportAgent() {
        TestUser agent = identityProvider.createUserWithMfa(operatorAdmin.tenantId(), "support-agent");
        gateway.as(operatorAdmin)
                .body(Map.of("id", agent.objectId(), "userPrincipalName", agent.userPrincipalName()))
                .post("/v1/users")
                .then().statusCode(201);
        gateway.as(operatorAdmin).body(Map.of("id", "operator_support"))
                .post("/v1/users/" + agent.objectId() + "/roles")
                .then().statusCode(201);
        return agent;
    }
}
