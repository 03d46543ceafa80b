package org.partnercenter.idp.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's users and applications.
 *
 * @param users users by lower-case user principal name (sign-in names are case-insensitive in Azure AD)
 * @param applications applications by app id (client id)
 */
public record Tenant(Map<String, User> users, Map<String, Application> applications) {

    public Tenant {
        users = users == null ? Map.of() : Map.copyOf(users);
        applications = applications == null ? Map.of() : Map.copyOf(applications);
    }

    public static Tenant empty() {
        return new Tenant(Map.of(), Map.of());
    }

    public Optional<User> userNamed(String userPrincipalName) {
        return Optional.ofNullable(users.get(User.key(userPrincipalName)));
    }

    public Optional<Application> application(String appId) {
        return Optional.ofNullable(applications.get(appId));
    }

    public Tenant withUser(User user) {
        Map<String, User> changed = new LinkedHashMap<>(users);
        changed.put(User.key(user.userPrincipalName()), user);
        return new Tenant(changed, applications);
    }

    public Tenant withApplication(Application application) {
        Map<String, Application> changed = new LinkedHashMap<>(applications);
        changed.put(application.appId(), application);
        return new Tenant(users, changed);
    }
}
