package org.partnercenter.idp.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.partnercenter.idp.directory.Application;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.directory.SignInAudience;
import org.partnercenter.idp.directory.Tenant;
import org.partnercenter.idp.directory.Tenants;
import org.partnercenter.idp.error.AadErrors;

/** Creates and lists app registrations; a tenant comes into being with its first object. */
@ApplicationScoped
public class ApplicationRegistrations {

    private final DirectoryStore store;
    private final Tenants tenants;
    private final CredentialHasher hasher;
    private final Clock clock;

    ApplicationRegistrations(DirectoryStore store, Tenants tenants, CredentialHasher hasher, Clock clock) {
        this.store = store;
        this.tenants = tenants;
        this.hasher = hasher;
        this.clock = clock;
    }

    public ApplicationView create(String tenantSegment, NewApplication request) {
        String tenantId = tenants.requireGuid(tenantSegment);
        if (request == null || request.displayName() == null || request.displayName().isBlank()) {
            throw AadErrors.invalidBody("'displayName' is required and must not be blank.");
        }
        SignInAudience audience = request.signInAudience() == null ? SignInAudience.MY_ORG
                : SignInAudience.named(request.signInAudience()).orElseThrow(() -> AadErrors.invalidBody(
                        "'signInAudience' must be 'AzureADMyOrg' or 'AzureADMultipleOrgs', got '"
                                + request.signInAudience() + "'."));
        List<String> redirectUris = RedirectUris.checked(request.redirectUris());
        String secret = hasher.newSecret();
        Application application = new Application(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), request.displayName().trim(), hasher.hashGeneratedSecret(secret),
                clock.instant(), redirectUris, audience, Boolean.TRUE.equals(request.publicClient()));
        store.update(directory -> directory.withTenant(tenantId,
                directory.tenant(tenantId).orElse(Tenant.empty()).withApplication(application)));
        return view(application, secret);
    }

    public Listing<ApplicationView> list(String tenantSegment) {
        Tenant tenant = store.current().tenant(tenants.requireExisting(tenantSegment)).orElseThrow();
        return new Listing<>(tenant.applications().values().stream()
                .sorted(Comparator.comparing(Application::createdAt))
                .map(app -> view(app, null))
                .toList());
    }

    private static ApplicationView view(Application app, String secret) {
        return new ApplicationView(app.appId(), app.id(), app.servicePrincipalId(), app.displayName(),
                app.signInAudience().azureName(), app.redirectUris(), app.publicClient(), secret);
    }
}
