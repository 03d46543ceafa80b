package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;
import static org.partnercenter.idp.support.TestDirectory.PARTNER_CENTER_API;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TokenRequest;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class TokenErrorsTest {

    @Test
    void shouldAnswerInvalidGrantWhenPasswordIsWrong() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(TokenRequest.password(user).with("password", "wrong").post(), 400, "invalid_grant", 50126);
    }

    @Test
    void shouldAnswerInvalidGrantWhenUserDoesNotExist() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(TokenRequest.password(user).with("username", "nobody@contoso.example").post(),
                400, "invalid_grant", 50034);
    }

    @Test
    void shouldAnswerInvalidGrantWhenUserBelongsToAnotherTenant() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        String otherTenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when / then
        assertAadError(TokenRequest.password(user).inTenant(otherTenant).post(), 400, "invalid_grant", 50034);
    }

    @Test
    void shouldAnswerInvalidClientWith401WhenSecretIsWrong() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView app = TestDirectory.applicationIn(tenant);

        // when / then
        assertAadError(TokenRequest.clientCredentials(tenant, app).with("client_secret", "wrong").post(),
                401, "invalid_client", 7000215);
    }

    @Test
    void shouldAnswerInvalidClientWith401WhenSecretIsMissing() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView app = TestDirectory.applicationIn(tenant);

        // when / then
        assertAadError(TokenRequest.clientCredentials(tenant, app).without("client_secret").post(),
                401, "invalid_client", 7000218);
    }

    @Test
    void shouldAnswerUnauthorizedClientWhenApplicationIsUnknown() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView app = TestDirectory.applicationIn(tenant);

        // when / then
        assertAadError(TokenRequest.clientCredentials(tenant, app).with("client_id", TestDirectory.newTenantId()).post(),
                400, "unauthorized_client", 700016);
    }

    @Test
    void shouldAnswerUnsupportedGrantTypeWhenGrantIsNotSupported() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(TokenRequest.password(user)
                        .with("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer").without("scope").post(),
                400, "unsupported_grant_type", 70003);
    }

    @Test
    void shouldAnswerInvalidRequestNamingTheFieldWhenAFieldIsMissing() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        for (String field : new String[] {"grant_type", "scope", "client_id", "username", "password"}) {
            String description = assertAadError(TokenRequest.password(user).without(field).post(),
                    400, "invalid_request", 900144).getString("error_description");
            assertThat(description).contains("'" + field + "'");
        }
    }

    @Test
    void shouldAnswerInvalidRequestWhenV1RequestHasNoResource() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(TokenRequest.password(user).v1(PARTNER_CENTER_API).without("resource").post(),
                400, "invalid_request", 900144);
    }

    @Test
    void shouldAnswerInvalidTenantWhenTenantDoesNotExist() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(TokenRequest.password(user).inTenant(TestDirectory.newTenantId()).post(),
                400, "invalid_tenant", 90002);
    }

    @Test
    void shouldAnswerInvalidRequestWhenTenantIsCommon() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(TokenRequest.password(user).inTenant("common").post(), 400, "invalid_request", 50059);
    }

    @Test
    void shouldAnswerInvalidScopeWhenAppAsksForNamedPermission() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView app = TestDirectory.applicationIn(tenant);

        // when / then
        assertAadError(TokenRequest.clientCredentials(tenant, app).with("scope", PARTNER_CENTER_API + "/user_impersonation")
                .post(), 400, "invalid_scope", 1002012);
    }

    @Test
    void shouldAnswerInvalidScopeWhenScopeNamesNoApi() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(TokenRequest.password(user).with("scope", "openid profile").post(), 400, "invalid_scope", 70011);
    }

    @Test
    void shouldAnswerInvalidRequestWhenDevelopmentFieldIsMalformed() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(TokenRequest.password(user).with("lifetime_seconds", "soon").post(), 400, "invalid_request", null);
        assertAadError(TokenRequest.password(user).with("mfa", "maybe").post(), 400, "invalid_request", null);
    }
}
