package org.partnercenter.idp.device;

import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.DeviceFlow;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TotpCodes;

/** Who may not start the device code flow, and what the development-only approval checks. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class DeviceCodeRefusalsTest {

    @Test
    void shouldRefuseDeviceCodeWhenClientIsNotAPublicClient() {
        // given: a single-page app, which has no public client flows
        String tenant = TestDirectory.newTenantId();
        DeviceFlow device = DeviceFlow.at(tenant, TestDirectory.spaIn(tenant, "AzureADMyOrg").appId());

        // when / then
        assertAadError(device.requestCode(SignInBrowser.SCOPE), 401, "invalid_client", 7000218);
    }

    @Test
    void shouldRefuseDeviceCodeWhenClientIsUnknownOrNotMultiTenantOrScopeIsBad() {
        // given
        String tenant = TestDirectory.newTenantId();
        String singleTenant = TestDirectory.publicClientIn(tenant, "AzureADMyOrg").appId();

        // when / then
        assertAadError(DeviceFlow.at("organizations", TestDirectory.newTenantId()).requestCode(SignInBrowser.SCOPE),
                400, "unauthorized_client", 700016);
        assertAadError(DeviceFlow.at("organizations", singleTenant).requestCode(SignInBrowser.SCOPE),
                400, "invalid_request", 50194);
        assertAadError(DeviceFlow.at(tenant, singleTenant).requestCode("openid profile"), 400, "invalid_scope", 70011);
        assertAadError(DeviceFlow.at(TestDirectory.newTenantId(), singleTenant).requestCode(SignInBrowser.SCOPE),
                400, "invalid_tenant", 90002);
    }

    @Test
    void shouldRefuseApprovalWhenPasswordOrAuthenticatorCodeIsWrong() {
        // given
        String tenant = TestDirectory.newTenantId();
        TestUser user = TestDirectory.mfaUserIn(tenant);
        DeviceFlow device = DeviceFlow.at(tenant, TestDirectory.publicClientIn(tenant, "AzureADMyOrg").appId());
        String userCode = device.start(SignInBrowser.SCOPE).getString("user_code");

        // when / then: the sign-in pages' checks; the device keeps waiting until one succeeds
        assertAadError(device.approve(userCode, user, "wrong", TotpCodes.now(user.totpSecret())),
                400, "invalid_grant", 50126);
        assertAadError(device.approve(userCode, user, user.password(), null), 400, "invalid_grant", 50076);
        assertAadError(device.approve(userCode, user, user.password(), TotpCodes.wrong(user.totpSecret())),
                400, "invalid_grant", 500121);
        device.approve(userCode, user, user.password(), TotpCodes.now(user.totpSecret())).then().statusCode(204);
        assertAadError(device.approve(userCode, user, user.password(), TotpCodes.now(user.totpSecret())),
                400, "bad_verification_code", null);
    }

    @Test
    void shouldRefuseApprovalWhenItIsAskedAtAnotherAuthority() {
        // given: a code asked at a tenant authority
        String tenant = TestDirectory.newTenantId();
        TestUser user = TestDirectory.userIn(tenant);
        DeviceFlow device = DeviceFlow.at(tenant, TestDirectory.publicClientIn(tenant, "AzureADMyOrg").appId());
        String userCode = device.start(SignInBrowser.SCOPE).getString("user_code");

        // when / then
        assertAadError(DeviceFlow.at("organizations", "any").approve(userCode, user, user.password(), null),
                400, "invalid_request", null);
    }
}
