package org.partnercenter.idp.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnercenter.idp.account.CredentialHasher;
import org.partnercenter.idp.directory.Directory;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.directory.Tenants;
import org.partnercenter.idp.directory.User;

/**
 * Finds the user a sign-in form names. A tenant authority looks in its tenant only; {@code organizations}
 * and {@code common} look in every tenant, newest user first, because sign-in names are unique per tenant
 * only here: the first one whose password matches signs in. The device code flow's approval checks with it too.
 */
@ApplicationScoped
public class UserLookup {

    private final DirectoryStore store;
    private final CredentialHasher hasher;

    UserLookup(DirectoryStore store, CredentialHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** The user of this name whose password this is, among the users {@code tenantSegment}'s authority signs in. */
    public Optional<Located<User>> withPassword(String tenantSegment, String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        return candidates(tenantSegment, username.trim()).stream()
                .filter(located -> hasher.matches(located.value().passwordHash(), password))
                .findFirst();
    }

    private List<Located<User>> candidates(String tenantSegment, String username) {
        Directory directory = store.current();
        if (Tenants.isAlias(tenantSegment)) {
            return directory.usersNamed(username);
        }
        String tenantId = tenantSegment.toLowerCase(Locale.ROOT);
        return directory.tenant(tenantId).flatMap(tenant -> tenant.userNamed(username))
                .map(user -> List.of(new Located<>(tenantId, user)))
                .orElse(List.of());
    }
}
