package org.partnercenter.idp.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.directory.Tenant;
import org.partnercenter.idp.directory.Tenants;
import org.partnercenter.idp.directory.User;
import org.partnercenter.idp.error.AadErrors;
import org.partnercenter.idp.mfa.Totp;

/** Creates and lists users; a tenant comes into being with its first object. */
@ApplicationScoped
public class AccountService {

    private final DirectoryStore store;
    private final Tenants tenants;
    private final CredentialHasher hasher;
    private final Totp totp;
    private final Clock clock;

    AccountService(DirectoryStore store, Tenants tenants, CredentialHasher hasher, Totp totp, Clock clock) {
        this.store = store;
        this.tenants = tenants;
        this.hasher = hasher;
        this.totp = totp;
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
        String totpSecret = Boolean.TRUE.equals(request.mfa()) ? totp.newSecret() : null;
        String displayName = isBlank(request.displayName()) ? null : request.displayName().trim();
        User user = new User(objectId, upn, hasher.hashPassword(request.password()), clock.instant(), displayName,
                totpSecret);
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
        return new UserView(user.id(), user.userPrincipalName(), user.displayName(), totpSecret);
    }

    public Listing<UserView> users(String tenantSegment) {
        Tenant tenant = store.current().tenant(tenants.requireExisting(tenantSegment)).orElseThrow();
        return new Listing<>(tenant.users().values().stream()
                .sorted(Comparator.comparing(User::createdAt))
                .map(user -> new UserView(user.id(), user.userPrincipalName(), user.displayName(), null))
                .toList());
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
