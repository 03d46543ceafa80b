package org.partnercenter.gateway.routing;

import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.ProviderFeature;

/**
 * One public path pattern, its owner, and the rule that guards it: the roles that may read (GET, HEAD),
 * create (POST, where creating differs from changing) and write (anything else), and, for features
 * resellers do not have, what they are told instead.
 * Operator roles and partner roles are disjoint, so a role set also says which kind of caller may come.
 * Bulk uploads take a larger body than the default of {@code partner-center.request-limits.max-body}.
 */
public record Route(String pattern, Pattern regex, Owner owner, Set<String> readRoles, Set<String> createRoles,
        Set<String> writeRoles, ProviderFeature resellerFeature, OptionalLong maxBody) {

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /** Refuses with 403 unless the caller's partner type and roles allow this method here, as the services check. */
    public void authorize(Caller caller, String method) {
        if (resellerFeature != null) {
            caller.refuseResellers(resellerFeature);
        }
        caller.require(isRead(method) ? readRoles : "POST".equals(method) ? createRoles : writeRoles);
    }

    static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
