package org.partnercenter.idp.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnercenter.idp.error.AadErrors;

/**
 * The API a token is asked for, which becomes its {@code aud}, and the permissions asked on it.
 * v2 requests name it through scopes ({@code https://api.example/.default}), v1 requests directly
 * ({@code resource=https://api.example}).
 *
 * @param permissions the permission names after the resource, such as {@code .default} or {@code user_impersonation}
 */
public record RequestedResource(String audience, List<String> permissions) {

    static final String DEFAULT_PERMISSION = ".default";
    private static final String USER_IMPERSONATION = "user_impersonation";
    // OpenID Connect scopes name no API; Azure AD accepts them beside a resource's scope.
    private static final Set<String> OIDC_SCOPES = Set.of("openid", "profile", "email", "offline_access");

    public static RequestedResource fromResource(String resource) {
        return new RequestedResource(resource, List.of(DEFAULT_PERMISSION));
    }

    public static RequestedResource fromScope(String scope) {
        String audience = null;
        List<String> permissions = new ArrayList<>();
        for (String item : scope.trim().split("\\s+")) {
            if (OIDC_SCOPES.contains(item)) {
                continue;
            }
            int slash = item.lastIndexOf('/');
            if (slash <= 0 || slash == item.length() - 1) {
                throw AadErrors.invalidScope(scope);
            }
            String itemAudience = item.substring(0, slash);
            if (audience != null && !audience.equals(itemAudience)) {
                throw AadErrors.invalidScope(scope);
            }
            audience = itemAudience;
            permissions.add(item.substring(slash + 1));
        }
        // .default already means "every permission of the API": Azure AD refuses it beside named ones.
        if (audience == null || (permissions.contains(DEFAULT_PERMISSION) && permissions.size() > 1)) {
            throw AadErrors.invalidScope(scope);
        }
        return new RequestedResource(audience, List.copyOf(permissions));
    }

    public boolean isDefault() {
        return permissions.equals(List.of(DEFAULT_PERMISSION));
    }

    /** The {@code scp} of a user's token: {@code .default} stands for the API's one delegated permission. */
    public String delegatedScopes() {
        return isDefault() ? USER_IMPERSONATION : String.join(" ", permissions);
    }

    /** The {@code scope} of a v2 token response, as Azure AD spells it: each permission prefixed by its API. */
    public String responseScope() {
        String prefix = audience + "/";
        return prefix + String.join(" " + prefix, delegatedScopes().split(" "));
    }
}
