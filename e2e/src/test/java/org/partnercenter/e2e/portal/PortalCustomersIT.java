package org.partnercenter.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;

/** Issue 20: a partner's admin creates a customer and orders its Azure plan in the portal; the API has both. */
@PortalTest
class PortalCustomersIT {

    private final StackUnderTest stack;
    private final Gateway gateway;
    private final PortalBrowser browser;

    PortalCustomersIT(StackUnderTest stack, PortalBrowser browser) {
        this.stack = stack;
        this.gateway = stack.gateway();
        this.browser = browser;
    }

    @Test
    void shouldFindTheCustomerAndItsAzurePlanThroughTheApiWhenCreatedAndOrderedInThePortal() {
        TestPartner partner = stack.partnersWithMfa().direct();
        String company = "Portal Cycles " + UUID.randomUUID().toString().substring(0, 6);
        String domain = CustomerBody.uniqueDomain();
        Shell shell = browser.signIn(partner.admin(), "/customers").awaitHeading("Customers");
        Forms forms = browser.forms();

        forms.click(Forms.button("Create customer"));
        shell.awaitHeading("New customer");
        forms.type("Domain", domain).type("Company name", company).type("Email", "billing@" + domain)
                .type("Address line 1", "One Microsoft Way").type("City", "Redmond").type("State or region", "WA")
                .type("Postal code", "98052").type("First name", "Tess").type("Last name", "Tester");
        browser.screenshot("customer-new");
        forms.click(By.xpath("//form[@aria-label='New customer']//button[@type='submit']"));
        browser.await().until(visibilityOfElementLocated(By.xpath("//section[@aria-label='Customer created']")));
        browser.screenshot("customer-created");
        forms.click(By.xpath("//a[normalize-space(.)=" + XPaths.literal("Open " + company) + "]"));
        shell.awaitHeading(company);
        browser.screenshot("customer-profile");
        // Fluent's tab repeats its text in a hidden span (its width when bold): match one text node, not the whole.
        forms.click(By.xpath("//*[@role='tab'][.//text()[normalize-space()='Subscriptions']]"));
        forms.click(Forms.button("Order an Azure plan")).click(Forms.dialogButton("Place order"));
        browser.await().until(visibilityOfElementLocated(By.xpath(
                "//table[@aria-label='Subscriptions']//tr[td[normalize-space(.)='Azure plan']]")));
        browser.await().until(invisibilityOfElementLocated(By.xpath("//*[@role='dialog']")));
        browser.screenshot("customer-subscriptions");

        Response customers = gateway.as(partner.admin()).get("/v1/customers").then().statusCode(200)
                .body("totalCount", equalTo(1)).extract().response();
        assertThat(customers.<String>path("items[0].companyProfile.domain")).isEqualTo(domain);
        assertThat(customers.<String>path("items[0].companyProfile.companyName")).isEqualTo(company);
        String customerId = customers.path("items[0].id");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/customers/" + customerId + "/subscriptions");
        gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/subscriptions").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].offerName", equalTo("Azure plan"))
                .body("items[0].status", equalTo("active"))
                .body("items[0].quantity", equalTo(1));

        // The usage tab of the new plan (no usage yet: its empty state), checked by axe like every page.
        forms.click(By.xpath("//*[@role='tab'][.//text()[normalize-space()='Usage']]"));
        browser.await().until(visibilityOfElementLocated(By.xpath("//*[normalize-space(.)='No usage in this period']")));
        browser.screenshot("customer-usage");

        browser.open("/pricing").awaitHeading("Rate card");
        browser.awaitLoaded();
        browser.screenshot("pricing-rate-card");

        browser.open("/customers").awaitHeading("Customers");
        browser.await().until(visibilityOfElementLocated(By.xpath(
                "//table[@aria-label='Customers']//a[normalize-space(.)=" + XPaths.literal(company) + "]")));
        browser.screenshotWideAndNarrow("customers");
    }
}
