package org.partnercenter.idp.error;

/**
 * The errors this provider answers, with Azure AD's own codes and wording where Azure AD has them,
 * so that clients that match on {@code error} or on an AADSTS code behave as they would in production.
 */
public final class AadErrors {

    private static final int BAD_REQUEST = 400;
    private static final int UNAUTHORIZED = 401;

    private AadErrors() {
    }

    public static AadException missingParameter(String name) {
        return new AadException(BAD_REQUEST, "invalid_request", 900144,
                "The request body must contain the following parameter: '" + name + "'.");
    }

    public static AadException invalidTenant(String tenant) {
        return new AadException(BAD_REQUEST, "invalid_tenant", 90002,
                "Tenant '" + tenant + "' not found. Check to make sure you have the correct tenant ID and are "
                        + "signing into the correct cloud. In this development provider a tenant exists once a "
                        + "user or an application has been created in it (POST /{tenant}/users or /{tenant}/applications).");
    }

    public static AadException noTenantInformation() {
        return new AadException(BAD_REQUEST, "invalid_request", 50059,
                "No tenant-identifying information found in either the request or implied by any provided "
                        + "credentials. Use a tenant id in the URL instead of 'common' or 'organizations'.");
    }

    public static AadException tenantIdNotGuid(String tenant) {
        return new AadException(BAD_REQUEST, "invalid_request", null,
                "Tenant '" + tenant + "' is not a GUID. Create users and applications under a tenant id such as "
                        + "'3f2504e0-4f89-41d3-9a0c-0305e82c3301'.");
    }

    public static AadException unsupportedGrantType(String grantType) {
        return new AadException(BAD_REQUEST, "unsupported_grant_type", 70003,
                "The app requested an unsupported grant type '" + grantType
                        + "'. This provider supports 'client_credentials', 'password', 'authorization_code' (v2 only), "
                        + "'refresh_token' (v2 only) and 'urn:ietf:params:oauth:grant-type:device_code' (v2 only).");
    }

    public static AadException applicationNotFound(String clientId, String tenant) {
        return new AadException(BAD_REQUEST, "unauthorized_client", 700016,
                "Application with identifier '" + clientId + "' was not found in the directory '" + tenant
                        + "'. Create it with POST /" + tenant + "/applications and use the appId it returns.");
    }

    public static AadException missingClientSecret() {
        return new AadException(UNAUTHORIZED, "invalid_client", 7000218,
                "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    }

    public static AadException invalidClientSecret(String clientId) {
        return new AadException(UNAUTHORIZED, "invalid_client", 7000215,
                "Invalid client secret provided for app '" + clientId
                        + "'. Ensure the secret being sent in the request is the one returned when the application was created.");
    }

    public static AadException userNotFound(String tenant) {
        return new AadException(BAD_REQUEST, "invalid_grant", 50034,
                "The user account does not exist in the " + tenant
                        + " directory. To sign into this application, the account must be added to the directory.");
    }

    public static AadException invalidCredentials() {
        return new AadException(BAD_REQUEST, "invalid_grant", 50126,
                "Error validating credentials due to invalid username or password.");
    }

    public static AadException invalidScope(String scope) {
        return new AadException(BAD_REQUEST, "invalid_scope", 70011,
                "The provided value for the input parameter 'scope' is not valid: '" + scope
                        + "'. Ask for a resource's scope, such as 'https://api.partnercenter.microsoft.com/.default'.");
    }

    public static AadException scopeNeedsDefaultSuffix(String scope) {
        return new AadException(BAD_REQUEST, "invalid_scope", 1002012,
                "The provided value for scope " + scope + " is not valid. Client credential flows must have a "
                        + "scope value with /.default suffixed to the resource identifier (application ID URI).");
    }

    public static AadException postOnly(String method) {
        return new AadException(405, "invalid_request", 900561,
                "The endpoint only accepts POST, OPTIONS requests. Received a " + method + " request.");
    }

    public static AadException invalidDevelopmentField(String name, String value, String expected) {
        return new AadException(BAD_REQUEST, "invalid_request", null,
                "The development field '" + name + "' has the value '" + value + "'; expected " + expected + ".");
    }

    public static AadException invalidBody(String what) {
        return new AadException(BAD_REQUEST, "invalid_request", null, what);
    }

    public static AadException userExists(String userPrincipalName, String tenant) {
        return new AadException(409, "invalid_request", null,
                "Another user with userPrincipalName '" + userPrincipalName + "' already exists in tenant '" + tenant
                        + "'. Choose another name, or list the tenant's users with GET /" + tenant + "/users.");
    }

    public static AadException objectIdTaken(String objectId, String tenant) {
        return new AadException(409, "invalid_request", null,
                "Another user with id '" + objectId + "' already exists in tenant '" + tenant
                        + "'. Choose another id, or leave 'id' out to get a new one.");
    }
}
