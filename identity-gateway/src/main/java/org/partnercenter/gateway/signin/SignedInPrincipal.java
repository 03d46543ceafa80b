package org.partnercenter.gateway.signin;

import jakarta.json.JsonString;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a verified Azure AD token says is calling: the tenant, the user or service principal object id,
 * the client application, and whether it is an app-only token and whether MFA was used.
 */
public record SignedInPrincipal(UUID tenantId, String objectId, String userPrincipalName, String applicationId,
        boolean application, boolean mfa) {

    public static SignedInPrincipal of(JsonWebToken token) {
        String upn = firstClaim(token, "upn", "unique_name", "preferred_username");
        boolean application = "app".equals(firstClaim(token, "idtyp")) || token.getClaim("scp") == null && upn == null;
        Object amr = token.getClaim("amr");
        boolean mfa = amr instanceof Iterable<?> methods && contains(methods, "mfa");
        return new SignedInPrincipal(UUID.fromString(token.getClaim("tid")), token.getClaim("oid"), upn,
                firstClaim(token, "azp", "appid"), application, mfa);
    }

    private static String firstClaim(JsonWebToken token, String... names) {
        for (String name : names) {
            Object value = token.getClaim(name);
            if (value != null) {
                return text(value);
            }
        }
        return null;
    }

    /** Claims inside JSON arrays come as JSON values, whose toString() is quoted. */
    private static String text(Object value) {
        return value instanceof JsonString json ? json.getString() : value.toString();
    }

    private static boolean contains(Iterable<?> values, String wanted) {
        for (Object value : values) {
            if (wanted.equals(text(value))) {
                return true;
            }
        }
        return false;
    }
}
