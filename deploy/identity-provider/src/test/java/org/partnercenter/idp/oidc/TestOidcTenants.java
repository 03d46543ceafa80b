package org.partnercenter.idp.oidc;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.partnercenter.idp.config.IdpConfig;

/**
 * Test only: a Quarkus OIDC tenant per provider tenant and token format, configured as a resource
 * server would be: the discovery document of {@code {authority}/{tid}/v2.0} (or the v1 one) and the
 * Partner Center API as audience. Tenants are made on the first request, when the provider is listening.
 */
@ApplicationScoped
public class TestOidcTenants implements TenantConfigResolver {

    static final String AUDIENCE = "https://api.partnercenter.microsoft.com";

    private final IdpConfig config;

    TestOidcTenants(IdpConfig config) {
        this.config = config;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        // Paths look like /test-protected/{tid}/{v1|v2}/whoami
        String[] segments = context.normalizedPath().split("/");
        if (segments.length < 5 || !WhoAmIResource.ROOT.equals(segments[1])) {
            return Uni.createFrom().nullItem();
        }
        String tenant = segments[2];
        String version = segments[3];
        String authServer = config.authorityBase() + "/" + tenant + ("v1".equals(version) ? "" : "/v2.0");
        return Uni.createFrom().item(OidcTenantConfig.authServerUrl(authServer)
                .tenantId(tenant + "-" + version)
                .token()
                    .audience(AUDIENCE)
                    // Key-rotation tests may run first: look up a new kid at once rather than after 10 minutes.
                    .forcedJwkRefreshInterval(Duration.ZERO)
                    .end()
                .build());
    }
}
