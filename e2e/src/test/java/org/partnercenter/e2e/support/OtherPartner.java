package org.partnercenter.e2e.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partner whose things other partners must never reach: its customer with an Azure plan, a service
 * request, a user and an application, and the strings that would give any of them away in an answer.
 */
public record OtherPartner(ResourceIds ids, List<String> secrets) {

    private static final List<String> OWNED = List.of("customer", "serviceRequest", "user", "application");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    public static OtherPartner create(StackUnderTest stack) {
        TestPartner owner = stack.partners().direct();
        TestUser member = stack.partners().addUser(owner, "private-member", "admin_agent");
        TestApplication application = stack.identityProvider().createApplication(owner.tenantId(), "private-app");
        stack.gateway().as(owner.admin()).body(Map.of("id", application.appId(), "displayName", "Private App"))
                .post("/v1/applications").then().statusCode(201);
        // Its customer's company name carries the partner's name, its service request is titled "Own request".
        Map<String, String> ids = new HashMap<>(RoleCallers.ownIds(stack, owner, member.objectId()).byKind());
        ids.put("application", application.appId());
        return new OtherPartner(new ResourceIds(Map.copyOf(ids)), List.of(owner.tenantId(), owner.name(),
                member.userPrincipalName(), "Private App", "Own request"));
    }

    /** The operation names one of a partner's own things in its path: a customer, request, user or application. */
    public static boolean namesOwnedIds(ApiOperations.ApiOperation operation) {
        Matcher parameter = PARAMETER.matcher(operation.template());
        while (parameter.find()) {
            if (OWNED.contains(ResourceIds.kindOf(operation.template(), parameter.group(1)))) {
                return true;
            }
        }
        return false;
    }

    public List<String> secretsIn(String body) {
        return secrets.stream().filter(body::contains).toList();
    }
}
