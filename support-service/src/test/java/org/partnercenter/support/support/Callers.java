package org.partnercenter.support.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.TestTokens;

/** Test data builders for callers, and requests made as them. */
public final class Callers {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Callers() {
    }

    public static Caller direct() {
        return partner(UUID.randomUUID(), PartnerType.DIRECT, Roles.HELPDESK_AGENT);
    }

    public static Caller provider() {
        return partner(UUID.randomUUID(), PartnerType.INDIRECT_PROVIDER, Roles.ADMIN_AGENT);
    }

    public static Caller reseller() {
        return partner(UUID.randomUUID(), PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN);
    }

    /** The operator's support desk. */
    public static Caller support() {
        return new Caller(UUID.fromString("00000000-0000-0000-0000-00000000c0de"), PartnerType.OPERATOR,
                UUID.randomUUID().toString(), "agent@support.test", Set.of(Roles.OPERATOR_SUPPORT), false);
    }

    public static Caller operatorAdmin() {
        return partner(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_ADMIN);
    }

    public static Caller partner(UUID tenantId, PartnerType type, String... roles) {
        return new Caller(tenantId, type, UUID.randomUUID().toString(), "user@partner.test", Set.of(roles), false);
    }

    /** Another user of the same partner, with other roles. */
    public static Caller withRoles(Caller caller, String... roles) {
        return partner(caller.partnerTenantId(), caller.partnerType(), roles);
    }

    public static RequestSpecification as(Caller caller) {
        return given().auth().oauth2(TestTokens.sign(caller)).contentType("application/json");
    }
}
