package org.partnercenter.deploy.identity;

import java.io.IOException;
import java.util.Optional;
import org.partnercenter.deploy.StackFailure;
import org.partnercenter.deploy.report.Console;

/**
 * The platform operator's first administrator: a user of the operator's tenant in the identity
 * provider, whose object id the gateway is given so that it grants them operator_admin.
 *
 * @param password empty when the user existed before this start, with a password the launcher never knew
 * @param totpSecret its authenticator app's secret, which the portal's sign-in asks a code of; empty likewise
 */
public record OperatorAdmin(String tenantId, String objectId, String userPrincipalName, Optional<String> password,
        Optional<String> totpSecret) {

    static final String USER_PRINCIPAL_NAME = "admin@operator.partner-center.local";

    /**
     * Creates the user with a new password. The directory is new on every start, so the user exists
     * already only if something else made it in between; then the stack still comes up, with that user.
     */
    public static OperatorAdmin create(DirectoryUsers users, String tenantId) throws IOException, InterruptedException {
        String password = Passwords.generate();
        Optional<DirectoryUsers.CreatedUser> created = users.create(tenantId, USER_PRINCIPAL_NAME, password);
        if (created.isPresent()) {
            return new OperatorAdmin(tenantId, created.get().objectId(), USER_PRINCIPAL_NAME, Optional.of(password),
                    created.get().totpSecret());
        }
        String existing = users.find(tenantId, USER_PRINCIPAL_NAME).orElseThrow(() -> new StackFailure(
                "the identity provider says " + USER_PRINCIPAL_NAME + " exists in tenant " + tenantId
                        + " but does not list it"));
        Console.line("warning: " + USER_PRINCIPAL_NAME + " already existed in the identity provider; its password"
                + " is the one it was given then");
        return new OperatorAdmin(tenantId, existing, USER_PRINCIPAL_NAME, Optional.empty(), Optional.empty());
    }
}
