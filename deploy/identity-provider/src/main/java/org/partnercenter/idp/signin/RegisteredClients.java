package org.partnercenter.idp.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.partnercenter.idp.directory.Application;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.directory.Tenants;
import org.partnercenter.idp.error.AadException;

/**
 * The application a user may sign in to at an authority: an application of the tenant at a tenant authority,
 * or a multi-tenant application of any tenant at {@code organizations} and {@code common}. Shared by the
 * authorization endpoint and the device authorization endpoint, so that both accept the same clients.
 */
@ApplicationScoped
public class RegisteredClients {

    private final Tenants tenants;
    private final DirectoryStore store;

    RegisteredClients(Tenants tenants, DirectoryStore store) {
        this.tenants = tenants;
        this.store = store;
    }

    /** The client's application, or an {@link AadException} with Azure AD's code for why it may not sign in here. */
    public Located<Application> at(String tenantSegment, String clientId) {
        Optional<String> pinnedTenant = tenants.signInTenant(tenantSegment);
        if (clientId == null || clientId.isBlank()) {
            throw refused(900144, "The request body must contain the following parameter: 'client_id'.");
        }
        return pinnedTenant.map(tenantId -> inTenant(tenantId, clientId)).orElseGet(() -> multiTenant(clientId));
    }

    private Located<Application> inTenant(String tenantId, String clientId) {
        return store.current().tenant(tenantId).flatMap(tenant -> tenant.application(clientId))
                .map(app -> new Located<>(tenantId, app))
                .orElseThrow(() -> unknownApplication(clientId, "tenant " + tenantId));
    }

    private Located<Application> multiTenant(String clientId) {
        List<Located<Application>> found = store.current().applicationsWithAppId(clientId);
        if (found.isEmpty()) {
            throw unknownApplication(clientId, "any tenant");
        }
        return found.stream().filter(located -> located.value().isMultiTenant()).findFirst()
                .orElseThrow(() -> refused(50194, "Application '" + clientId + "' is not configured as a "
                        + "multi-tenant application. Use a tenant-specific authority, or register it with "
                        + "\"signInAudience\": \"AzureADMultipleOrgs\"."));
    }

    private static AadException unknownApplication(String clientId, String where) {
        return new AadException(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
                + "' was not found in the directory of " + where + ". Register it with POST /{tenant}/applications "
                + "and use its appId.");
    }

    private static AadException refused(int code, String message) {
        return new AadException(400, "invalid_request", code, message);
    }
}
