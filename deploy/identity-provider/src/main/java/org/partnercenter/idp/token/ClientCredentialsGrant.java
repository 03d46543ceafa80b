package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.idp.account.CredentialHasher;
import org.partnercenter.idp.directory.Application;
import org.partnercenter.idp.directory.Tenant;
import org.partnercenter.idp.error.AadErrors;

/** {@code grant_type=client_credentials}: an application signs in as itself with its secret. */
@ApplicationScoped
public class ClientCredentialsGrant {

    private final CredentialHasher hasher;

    ClientCredentialsGrant(CredentialHasher hasher) {
        this.hasher = hasher;
    }

    Grant authorize(String tenantId, Tenant tenant, RequestedResource resource, TokenForm form) {
        String clientId = form.required("client_id");
        String secret = form.optional("client_secret").orElseThrow(AadErrors::missingClientSecret);
        // An app-only token carries every permission granted to the app, so only .default makes sense.
        if (!resource.isDefault()) {
            throw AadErrors.scopeNeedsDefaultSuffix(String.join(" ", resource.permissions()));
        }
        Application application = tenant.application(clientId)
                .orElseThrow(() -> AadErrors.applicationNotFound(clientId, tenantId));
        if (!hasher.matches(application.secretHash(), secret)) {
            throw AadErrors.invalidClientSecret(clientId);
        }
        return Grant.appOnly(tenantId, resource, clientId, application.servicePrincipalId());
    }
}
