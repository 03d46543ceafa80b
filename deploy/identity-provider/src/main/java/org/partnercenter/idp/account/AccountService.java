package org.partnercenter.idp.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.partnercenter.idp.directory.Application;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.directory.Tenant;
import org.partnercenter.idp.directory.Tenants;
import org.partnercenter.idp.directory.User;
import org.partnercenter.idp.error.AadErrors;

/** Creates and lists users and applications; a tenant comes into being with its first object. */
@ApplicationScoped
public class AccountService {

    private final DirectoryStore store;
    private final Tenants tenants;
    private final CredentialHasher hasher;
    private final Clock clock;

    AccountService(DirectoryStore store, Tenants tenants, CredentialHasher hasher, Clock clock) {
        this.store = store;
        this.tenants = tenants;
        this.hasher = hasher;
        this.clock = clock;
    }

    public UserView createUser(String tenantSegment, NewUser request) {
        String tenantId = tenants.requireGuid(tenantSegment);
        if (request == null || isBlank(request.userPrincipalName()) || !request.userPrincipalName().contains("@")) {
            throw AadErrors.invalidBody("'userPrincipalName' is required, in the form name@domain.");
        }
        if (isBlank(request.password())) {
            throw AadErrors.invalidBody("'password' is required and must not be blank.");
        }
        String upn = request.userPrincipalName().trim();
        // Hashing is deliberately slow: do it before taking the store's lock.
        User user = new User(UUID.randomUUID().toString(), upn, hasher.hashPassword(request.password()), clock.instant());
        store.update(directory -> {
            Tenant tenant = directory.tenant(tenantId).orElse(Tenant.empty());
            if (tenant.userNamed(upn).isPresent()) {
                throw AadErrors.userExists(upn, tenantId);
            }
            return directory.withTenant(tenantId, tenant.withUser(user));
        });
        return new UserView(user.id(), user.userPrincipalName());
    }

    public ApplicationView createApplication(String tenantSegment, NewApplication request) {
        String tenantId = tenants.requireGuid(tenantSegment);
        if (request == null || isBlank(request.displayName())) {
            throw AadErrors.invalidBody("'displayName' is required and must not be blank.");
        }
        String secret = hasher.newSecret();
        Application application = new Application(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), request.displayName().trim(), hasher.hashGeneratedSecret(secret),
                clock.instant());
        store.update(directory -> directory.withTenant(tenantId,
                directory.tenant(tenantId).orElse(Tenant.empty()).withApplication(application)));
        return new ApplicationView(application.appId(), application.id(), application.servicePrincipalId(),
                application.displayName(), secret);
    }

    public Listing<UserView> users(String tenantSegment) {
        Tenant tenant = existingTenant(tenantSegment);
        return new Listing<>(tenant.users().values().stream()
                .sorted(Comparator.comparing(User::createdAt))
                .map(user -> new UserView(user.id(), user.userPrincipalName()))
                .toList());
    }

    public Listing<ApplicationView> applications(String tenantSegment) {
        Tenant tenant = existingTenant(tenantSegment);
        List<ApplicationView> views = tenant.applications().values().stream()
                .sorted(Comparator.comparing(Application::createdAt))
                .map(app -> new ApplicationView(app.appId(), app.id(), app.servicePrincipalId(), app.displayName(), null))
                .toList();
        return new Listing<>(views);
    }

    private Tenant existingTenant(String tenantSegment) {
        String tenantId = tenants.requireExisting(tenantSegment);
        return store.current().tenant(tenantId).orElseThrow();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
