package org.partnercenter.e2e.portal;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.Partners;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * Issue 20: an admin changes a colleague's roles in the portal (Users, Manage roles), and the colleague's next API
 * request, with the token they already hold, follows the change; signing out ends on the "signed out" page.
 */
@PortalTest
class PortalUsersIT {

    /** DESIGN.md: a role change takes effect within 5 seconds. */
    private static final Duration ROLE_CHANGE_DEADLINE = Duration.ofSeconds(5);

    private final Partners partners;
    private final Gateway gateway;
    private final PortalBrowser browser;

    PortalUsersIT(StackUnderTest stack, PortalBrowser browser) {
        this.partners = stack.partnersWithMfa();
        this.gateway = stack.gateway();
        this.browser = browser;
    }

    @Test
    void shouldLetTheColleaguesNextRequestReadCustomersWhenAnAdminGrantsSalesAgentInThePortal() {
        TestPartner partner = partners.direct();
        TestUser colleague = partners.addUser(partner, "colleague", "billing_admin");
        gateway.as(colleague).get("/v1/customers").then().statusCode(403).body("code", equalTo(900150));
        Shell shell = browser.signIn(partner.admin(), "/");
        Forms forms = browser.forms();

        shell.navigateTo("Users").awaitHeading("Users");
        By row = By.xpath("//table[@aria-label='Users']//tr[td[contains(., "
                + XPaths.literal(colleague.userPrincipalName()) + ")]]");
        browser.await().until(visibilityOfElementLocated(row));
        browser.screenshot("users");
        forms.click(By.xpath("//table[@aria-label='Users']//tr[td[contains(., "
                + XPaths.literal(colleague.userPrincipalName()) + ")]]//button[normalize-space(.)='Manage roles']"));
        forms.check("Sales agent (sales_agent)", true);
        browser.screenshot("users-manage-roles");
        forms.click(Forms.dialogButton("Save"));
        browser.await().until(invisibilityOfElementLocated(By.xpath("//*[@role='dialog']")));
        browser.await().until(visibilityOfElementLocated(By.xpath(
                "//table[@aria-label='Users']//tr[td[contains(., " + XPaths.literal(colleague.userPrincipalName())
                        + ")]]//td[contains(., 'Sales agent')]")));

        await().atMost(ROLE_CHANGE_DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> gateway.as(colleague).get("/v1/customers").statusCode() == 200);
        gateway.as(colleague).get("/v1/me").then().statusCode(200);
    }

    @Test
    void shouldLandOnSignedOutWhenTheUserSignsOut() {
        TestPartner partner = partners.direct();
        Shell shell = browser.signIn(partner.admin(), "/account/audit").awaitHeading("Audit log");
        browser.screenshot("audit-log");
        shell.navigateTo("Applications").awaitHeading("Applications");
        browser.screenshot("applications");

        shell.signOut(partner.admin());

        browser.await().until(visibilityOfElementLocated(By.xpath("//h1[normalize-space(.)='You have signed out']")));
        browser.await().until(driver -> driver.getCurrentUrl().endsWith("/signed-out"));
        browser.screenshot("signed-out");
        browser.open("/");
        browser.await().until(visibilityOfElementLocated(By.id("username")));
    }
}
