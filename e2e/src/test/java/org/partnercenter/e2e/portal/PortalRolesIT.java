package org.partnercenter.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.Partners;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * Issue 20: each role sees in the portal's navigation only what it may open (GET /v1/me's features), and a deep
 * link to anything else says so instead of showing a broken page. Users with MFA, signed in through the identity
 * provider's pages in one headless Chromium.
 */
@PortalTest
class PortalRolesIT {

    private final StackUnderTest stack;
    private final Partners partners;
    private final PortalBrowser browser;

    PortalRolesIT(StackUnderTest stack, PortalBrowser browser) {
        this.stack = stack;
        this.partners = stack.partnersWithMfa();
        this.browser = browser;
    }

    @Test
    void shouldShowAGlobalAdminEveryPageWhenSignedIn() {
        TestPartner direct = partners.direct();

        Shell shell = browser.signIn(direct.admin(), "/");

        System.out.println(browser.firstRender().describe("just signed in: the sign-in callback's document"));
        assertThat(shell.navigation()).containsExactly("Home", "Customers", "Invoices", "Unbilled usage", "Pricing",
                "Service requests", "Users", "Applications", "Audit log");
        assertThat(shell.tiles()).contains("Customers", "Open service requests", "Unpaid invoices");
        browser.screenshotWideAndNarrow("home");
        browser.open("/");
        System.out.println(browser.firstRender().describe("signed in, the home page opened by its address"));
    }

    @Test
    void shouldShowASalesAgentCustomersButNoInvoicesOrAccountSettingsWhenSignedIn() {
        TestPartner direct = partners.direct();
        TestUser sales = partners.addUser(direct, "sales", "sales_agent");

        Shell shell = browser.signIn(sales, "/");

        assertThat(shell.navigation()).containsExactly("Home", "Customers", "Pricing", "Service requests");
        browser.open("/account/users").awaitHeading(Shell.NO_ACCESS);
        browser.screenshot("no-access");
    }

    @Test
    void shouldShowABillingAdminNoCustomersWhenSignedIn() {
        TestPartner direct = partners.direct();
        TestUser billing = partners.addUser(direct, "billing", "billing_admin");

        Shell shell = browser.signIn(billing, "/");

        assertThat(shell.navigation()).containsExactly("Home", "Invoices", "Unbilled usage", "Pricing",
                "Service requests");
        browser.open("/customers").awaitHeading(Shell.NO_ACCESS);
    }

    @Test
    void shouldShowAResellersAdminItsCustomersButNotTheirUsageWhenSignedIn() {
        TestPartner reseller = partners.resellerOf(partners.indirectProvider());
        String customerId = stack.customers().create(reseller.admin(), CustomerBody.customer("Reseller Portal"));

        Shell shell = browser.signIn(reseller.admin(), "/");

        // Resellers use their provider's invoices, pricing, support and usage reports: none of those pages.
        assertThat(shell.navigation()).containsExactly("Home", "Customers", "Users", "Applications", "Audit log");
        assertThat(shell.tiles()).containsExactly("Customers");
        browser.open("/customers/" + customerId + "/usage").awaitHeading(Shell.NO_ACCESS);
        browser.open("/billing/invoices").awaitHeading(Shell.NO_ACCESS);
    }
}
