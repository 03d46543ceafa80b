package org.partnercenter.gateway.routing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.error.ApiException;

/** Opening and escalating are the partner's acts; support notes and sets the status, and owns the topics. */
class ServiceRequestRoutesTest {

    private static final Caller SUPPORT = caller(PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT);
    private static final Caller HELPDESK = caller(PartnerType.DIRECT, Roles.HELPDESK_AGENT);

    @Test
    void shouldRefuseSupportWhenItOpensOrEscalatesARequest() {
        assertRefused(SUPPORT, "POST", "/v1/servicerequests/en-US");
        assertRefused(SUPPORT, "POST", "/v1/servicerequests/7/escalate");
        assertAllowed(SUPPORT, "PATCH", "/v1/servicerequests/7");
        assertAllowed(SUPPORT, "GET", "/v1/servicerequests/7");
    }

    @Test
    void shouldLetOnlySupportExtendTheTopicsWhenAPartnerMayReadThem() {
        assertRefused(HELPDESK, "POST", "/v1/servicerequests/supporttopics");
        assertAllowed(HELPDESK, "GET", "/v1/servicerequests/supporttopics");
        assertAllowed(SUPPORT, "POST", "/v1/servicerequests/supporttopics");
        assertAllowed(HELPDESK, "POST", "/v1/servicerequests/en-US");
        assertAllowed(HELPDESK, "POST", "/v1/servicerequests/7/escalate");
    }

    private static void assertRefused(Caller caller, String method, String path) {
        assertThatThrownBy(() -> RouteTable.match(path).orElseThrow().authorize(caller, method))
                .as(method + " " + path).isInstanceOf(ApiException.class);
    }

    private static void assertAllowed(Caller caller, String method, String path) {
        assertThatCode(() -> RouteTable.match(path).orElseThrow().authorize(caller, method))
                .as(method + " " + path).doesNotThrowAnyException();
    }

    private static Caller caller(PartnerType type, String role) {
        return new Caller(UUID.randomUUID(), type, UUID.randomUUID().toString(), "someone", Set.of(role), false);
    }
}
