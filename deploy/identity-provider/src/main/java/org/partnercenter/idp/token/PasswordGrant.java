package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.idp.account.CredentialHasher;
import org.partnercenter.idp.directory.Tenant;
import org.partnercenter.idp.directory.User;
import org.partnercenter.idp.error.AadErrors;

/**
 * {@code grant_type=password} (resource owner password credentials): a user signs in through any
 * client id, which is how scripts and the end-to-end suite get app+user tokens without a browser.
 */
@ApplicationScoped
public class PasswordGrant {

    private final CredentialHasher hasher;

    PasswordGrant(CredentialHasher hasher) {
        this.hasher = hasher;
    }

    Grant authorize(String tenantId, Tenant tenant, RequestedResource resource, TokenForm form) {
        String clientId = form.required("client_id");
        String username = form.required("username");
        String password = form.required("password");
        User user = tenant.userNamed(username).orElseThrow(() -> AadErrors.userNotFound(tenantId));
        if (!hasher.matches(user.passwordHash(), password)) {
            throw AadErrors.invalidCredentials();
        }
        return Grant.user(tenantId, resource, clientId, user.id(), user.userPrincipalName());
    }
}
