package org.partnercenter.commons.caller;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;
import org.partnercenter.commons.json.WireEnums;

/**
 * Reads the caller from the verified internal token. Services ask this, never request headers: identity
 * headers could be forged by anything that reaches a service directly.
 */
@DefaultBean
@RequestScoped
public class InternalTokenCallerSource implements CallerSource {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    private final JsonWebToken token;
    private Caller caller;

    InternalTokenCallerSource(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public Optional<Caller> current() {
        if (caller == null && token != null && token.getRawToken() != null) {
            caller = read(token);
        }
        return Optional.ofNullable(caller);
    }

    private static Caller read(JsonWebToken token) {
        String tenant = token.getClaim(InternalTokenClaims.PARTNER_TENANT_ID);
        Optional<PartnerType> partnerType = WireEnums.find(PartnerType.class,
                token.getClaim(InternalTokenClaims.PARTNER_TYPE));
        if (tenant == null || partnerType.isEmpty() || !GUID.matcher(tenant).matches()) {
            throw new ApiException(401, ErrorCodes.UNAUTHENTICATED,
                    "The internal token does not name a partner tenant and partner type.");
        }
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        String objectId = Optional.ofNullable((String) token.getClaim(InternalTokenClaims.OBJECT_ID))
                .orElse(token.getSubject());
        return new Caller(UUID.fromString(tenant), partnerType.get(), objectId,
                token.getClaim(InternalTokenClaims.USER_PRINCIPAL_NAME), roles,
                "app".equals(token.getClaim(InternalTokenClaims.IDENTITY_TYPE)));
    }
}
