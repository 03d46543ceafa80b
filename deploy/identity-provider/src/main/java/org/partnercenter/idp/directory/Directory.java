package org.partnercenter.idp.directory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the provider knows, as stored in the directory file. Immutable: a change produces a
 * new value, which the store writes before it becomes visible.
 *
 * @param tenants tenants by lower-case tenant id
 * @param signingKeys signing keys, oldest first; the last one signs new tokens
 */
public record Directory(Map<String, Tenant> tenants, List<StoredKey> signingKeys) {

    public Directory {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
        signingKeys = signingKeys == null ? List.of() : List.copyOf(signingKeys);
    }

    public static Directory empty() {
        return new Directory(Map.of(), List.of());
    }

    public Optional<Tenant> tenant(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }

    public Directory withTenant(String tenantId, Tenant tenant) {
        Map<String, Tenant> changed = new LinkedHashMap<>(tenants);
        changed.put(tenantId, tenant);
        return new Directory(changed, signingKeys);
    }

    /** Every tenant's application with this app id; with the app ids this provider makes, at most one. */
    public List<Located<Application>> applicationsWithAppId(String appId) {
        return tenants.entrySet().stream()
                .flatMap(entry -> entry.getValue().application(appId).stream()
                        .map(app -> new Located<>(entry.getKey(), app)))
                .toList();
    }

    /** Every tenant's user with this sign-in name, newest first: names are unique per tenant only. */
    public List<Located<User>> usersNamed(String userPrincipalName) {
        return tenants.entrySet().stream()
                .flatMap(entry -> entry.getValue().userNamed(userPrincipalName).stream()
                        .map(user -> new Located<>(entry.getKey(), user)))
                .sorted(Comparator.comparing((Located<User> located) -> located.value().createdAt()).reversed())
                .toList();
    }

    public Directory withSigningKeys(List<StoredKey> keys) {
        return new Directory(tenants, keys);
    }
}
