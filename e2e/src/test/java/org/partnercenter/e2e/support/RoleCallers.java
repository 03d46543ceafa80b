package org.partnercenter.e2e.support;

import static org.partnercenter.commons.caller.Roles.GLOBAL_ADMIN;
import static org.partnercenter.commons.caller.Roles.OPERATOR_ADMIN;
import static org.partnercenter.commons.caller.Roles.OPERATOR_SUPPORT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Roles;

/**
 * One caller per cell of DESIGN.md's matrix: a user holding exactly one partner role in a direct partner,
 * an indirect provider and one of its resellers (the six roles each), and the operator's two roles; each
 * with the ids of its own partner's customer, subscription, order, service request and user.
 */
public final class RoleCallers {

    public static final String OPERATOR = "operator";

    /** A user with exactly {@code role}, in a partner of {@code partnerType} (or the operator's tenant). */
    public record RoleCaller(String partnerType, String role, TestUser user, ResourceIds ownIds) {

        public boolean isReseller() {
            return partnerType.equals("indirect_reseller");
        }

        @Override
        public String toString() {
            return role + "@" + partnerType;
        }
    }

    private RoleCallers() {
    }

    public static List<RoleCaller> create(StackUnderTest stack) {
        Partners partners = stack.partners();
        TestPartner direct = partners.direct();
        TestPartner provider = partners.indirectProvider();
        TestPartner reseller = partners.resellerOf(provider);
        List<RoleCaller> callers = new ArrayList<>();
        for (TestPartner partner : List.of(direct, provider, reseller)) {
            // Nobody changes their own roles: the user every caller manages is a member of its own.
            TestUser managed = partners.addUser(partner, "managed", Roles.SALES_AGENT);
            ResourceIds ids = ownIds(stack, partner, managed.objectId());
            callers.add(new RoleCaller(partner.partnerType(), GLOBAL_ADMIN, partner.admin(), ids));
            for (String role : new TreeSet<>(Access.PARTNER_ROLES)) {
                if (!role.equals(GLOBAL_ADMIN)) {
                    callers.add(new RoleCaller(partner.partnerType(), role,
                            partners.addUser(partner, role.replace('_', '-'), role), ids));
                }
            }
        }
        // The operator reads every partner's customers: its own ids are the direct partner's, and its own user.
        TestUser support = stack.operators().addSupportAgent();
        ResourceIds operatorIds = ownIds(stack, direct, support.objectId());
        callers.add(new RoleCaller(OPERATOR, OPERATOR_ADMIN, stack.operator(), operatorIds));
        callers.add(new RoleCaller(OPERATOR, OPERATOR_SUPPORT, support, operatorIds));
        return callers;
    }

    /** A customer with an Azure plan and a service request of the partner, made by its global admin. */
    public static ResourceIds ownIds(StackUnderTest stack, TestPartner partner, String userId) {
        Gateway gateway = stack.gateway();
        TestUser admin = partner.admin();
        Map<String, String> ids = new HashMap<>();
        String customerId = stack.customers().create(admin, CustomerBody.customer("Own " + partner.name()));
        ids.put("customer", customerId);
        ids.put("subscription", stack.customers().orderAzurePlan(admin, customerId));
        ids.put("order", gateway.as(admin).get("/v1/customers/" + customerId + "/orders")
                .then().statusCode(200).extract().path("items[0].id"));
        if (!partner.partnerType().equals("indirect_reseller")) {
            ids.put("serviceRequest", gateway.as(admin).body(ServiceRequestBody.serviceRequest("Own request")
                    .build()).post("/v1/servicerequests/en-US").then().statusCode(201).extract().path("id"));
        }
        ids.put("user", userId);
        ids.put("partner", partner.tenantId());
        ids.put("locale", "en-US");
        ids.put("role", "helpdesk_agent");
        ids.putAll(ResourceIds.BILLING);
        return new ResourceIds(Map.copyOf(ids));
    }
}
