package org.partnercenter.gateway.signin;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Multi-tenant Azure AD: each partner tenant (and token version) is an OIDC tenant of its own, with the
 * tenant's discovery document and JWKS, the issuer pinned to that tenant and this API's audiences.
 * Quarkus OIDC caches each tenant's keys and refreshes them on an unknown {@code kid} at most once per
 * interval, so tokens with random key ids cannot make the gateway hammer the issuer.
 */
@ApplicationScoped
public class AzureAdTenants implements TenantConfigResolver {

    private final SignInConfig config;

    AzureAdTenants(SignInConfig config) {
        this.config = config;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        return Uni.createFrom().item(BearerTokens.of(context.request())
                .flatMap(token -> TokenIssuer.of(token, config))
                .map(this::tenantFor)
                .orElse(null));
    }

    private OidcTenantConfig tenantFor(TokenIssuer issuer) {
        return OidcTenantConfig.authServerUrl(issuer.discoveryBase(config))
                .tenantId("aad-" + issuer.tenantId() + (issuer.v1() ? "-v1" : "-v2"))
                .applicationType(io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType.SERVICE)
                .token()
                    .issuer(issuer.issuer())
                    .audience(config.audiences())
                    .lifespanGrace((int) config.clockSkew().toSeconds())
                    .forcedJwkRefreshInterval(config.jwksRefreshInterval())
                    .end()
                .build();
    }
}
