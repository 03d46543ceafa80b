package org.partnercenter.idp.device;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.directory.Application;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.error.DeviceCodeErrors;
import org.partnercenter.idp.session.DeviceAuthorization;
import org.partnercenter.idp.session.DeviceCodes;
import org.partnercenter.idp.signin.RegisteredClients;
import org.partnercenter.idp.token.RequestedResource;
import org.partnercenter.idp.token.TokenForm;

/**
 * Starts the device code flow for a public client: a device code to poll with, and a user code for the
 * person to enter at the device login page, which lives under the configured authority.
 */
@ApplicationScoped
public class DeviceCodeService {

    /** The device login page, the analogue of {@code https://microsoft.com/devicelogin}: one page for every tenant. */
    static final String DEVICE_LOGIN_PATH = "/devicelogin";

    private final RegisteredClients clients;
    private final DeviceCodes deviceCodes;
    private final IdpConfig config;

    DeviceCodeService(RegisteredClients clients, DeviceCodes deviceCodes, IdpConfig config) {
        this.clients = clients;
        this.deviceCodes = deviceCodes;
        this.config = config;
    }

    DeviceCodeResponse start(String tenantSegment, TokenForm form) {
        String clientId = form.required("client_id");
        String scope = form.required("scope");
        Located<Application> client = clients.at(tenantSegment, clientId);
        if (!client.value().publicClient()) {
            throw DeviceCodeErrors.notPublicClient(clientId);
        }
        RequestedResource.fromScope(scope);
        DeviceAuthorization opened = deviceCodes.open(tenantSegment, clientId, client.value().displayName(), scope);
        String verificationUri = config.authorityBase() + DEVICE_LOGIN_PATH;
        return new DeviceCodeResponse(opened.userCode(), opened.deviceCode(), verificationUri,
                DeviceCodes.LIFETIME.toSeconds(), DeviceCodes.INTERVAL.toSeconds(),
                "To sign in, use a web browser to open the page " + verificationUri + " and enter the code "
                        + opened.userCode() + " to authenticate.");
    }
}
