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
        String objectId = objectId(request.id());
        // Hashing is deliberately slow: do it before taking the store's lock.
        User user = new User(objectId, upn, hasher.hashPassword(request.password()), clock.instant());
        store.update(directory -> {
            Tenant tenant = directory.tenant(tenantId).orElse(Tenant.empty());
            if (tenant.userNamed(upn).isPresent()) {
                throw AadErrors.userExists(upn, tenantId);
            }
            if (tenant.users().values().stream().anyMatch(existing -> existing.id().equals(objectId))) {
                throw AadErrors.objectIdTaken(objectId, tenantId);
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

    /**
     * A chosen object id must be a GUID and is unique within its tenant only: a second tenant may reuse it,
     * which is how tests check that a token's {@code oid} is never trusted without its {@code tid}.
     */
    private static String objectId(String chosen) {
        if (chosen == null) {
            return UUID.randomUUID().toString();
        }
        try {
            UUID parsed = UUID.fromString(chosen.trim());
            if (parsed.toString().equalsIgnoreCase(chosen.trim())) {
                return parsed.toString();
            }
        } catch (IllegalArgumentException notAGuid) {
            // answered below
        }
        throw AadErrors.invalidBody("'id' must be a GUID such as '3f2504e0-4f89-41d3-9a0c-0305e82c3301', got '"
                + chosen + "'; leave it out to get a new one.");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
