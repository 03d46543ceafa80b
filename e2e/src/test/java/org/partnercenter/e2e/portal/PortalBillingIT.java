package org.partnercenter.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.LastMonth;
import org.partnercenter.e2e.support.Partners;
import org.partnercenter.e2e.support.PeriodCloses;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UsageBatch;

/**
 * Issue 21: a billing admin takes an invoice's reconciliation file in the portal, every part checked in the browser
 * against the manifest's SHA-256, which is the API's; a sales agent finds no billing anywhere.
 */
@PortalTest
class PortalBillingIT {

    private static final By PARTS = By.xpath("//table[@aria-label='Export parts']//tr[@data-part]");

    private final StackUnderTest stack;
    private final Gateway gateway;
    private final Partners partners;
    private final PortalBrowser browser;
    private TestPartner partner;
    private TestUser billingAdmin;
    private String invoiceId;

    PortalBillingIT(StackUnderTest stack, PortalBrowser browser) {
        this.stack = stack;
        this.gateway = stack.gateway();
        this.partners = stack.partnersWithMfa();
        this.browser = browser;
    }

    /** Last month's evening: 3 hours at 1.00 USD, rated and invoiced by the operator's close for this partner. */
    @BeforeAll
    void invoiceLastMonth() throws InterruptedException {
        partner = partners.direct();
        billingAdmin = partners.addUser(partner, "billing", "billing_admin");
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Portal Billing"));
        String subscriptionId = stack.customers().orderAzurePlan(partner.admin(), customerId);
        UUID hours = UUID.randomUUID();
        LastMonth.publish(gateway, stack.operator(),
                LastMonth.prices().meter(hours, "E2E Portal Hours", "Virtual Machines", "1 Hour", "0=1.00"));
        gateway.as(stack.operator()).body(UsageBatch.batch().record(customerId, subscriptionId, hours.toString(), "3",
                "1 Hour", LastMonth.evening().plusSeconds(10), Duration.ofHours(1)).build())
                .post("/v1/usagerecords/batches").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> gateway
                .as(billingAdmin).get("/v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype="
                        + "usagelineitems&currencycode=USD&period=previous")
                .then().statusCode(200).extract().<Integer>path("totalCount") >= 1);
        new PeriodCloses(gateway, stack.operator()).close(LastMonth.month(), partner.tenantId());
        invoiceId = gateway.as(billingAdmin).get("/v1/invoices?period=" + LastMonth.month()).then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
    }

    @Test
    void shouldVerifyEveryPartAgainstTheManifestWhenABillingAdminExportsTheInvoicesReconciliationFile() {
        Shell shell = browser.signIn(billingAdmin, "/");
        Forms forms = browser.forms();

        shell.navigateTo("Invoices").awaitHeading("Invoices");
        By link = By.xpath("//table[@aria-label='Invoices']//a[normalize-space(.)=" + XPaths.literal(invoiceId) + "]");
        browser.await().until(visibilityOfElementLocated(link));
        browser.awaitLoaded();
        browser.screenshot("invoices");
        forms.click(link);
        shell.awaitHeading("Invoice " + invoiceId);
        browser.await().until(visibilityOfElementLocated(By.xpath("//table[@aria-label='Line items']")));
        browser.awaitLoaded();
        browser.screenshot("invoice");
        forms.click(Forms.button("Export reconciliation file"));
        browser.await().until(visibilityOfElementLocated(PARTS));
        List<WebElement> parts = browser.driver().findElements(PARTS);
        String exportId = browser.driver().findElement(By.xpath("//*[@data-export-id]")).getDomAttribute("data-export-id");
        for (WebElement part : parts) {
            part.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Download')]")).click();
        }
        for (WebElement part : parts) {
            browser.await().until(ignored -> part.findElement(By.xpath(".//*[@data-part-check]"))
                    .getDomAttribute("data-part-check").equals("verified"));
            assertThat(part.getText()).contains("sha256 verified");
        }
        browser.screenshot("invoice-export");

        Map<String, String> shown = parts.stream().collect(Collectors.toMap(part -> part.getDomAttribute("data-part"),
                part -> part.findElement(By.xpath(".//*[@data-sha256]")).getDomAttribute("data-sha256")));
        List<Map<String, Object>> manifest = gateway.as(billingAdmin).get("/v1/invoices/exports/" + exportId)
                .then().statusCode(200).extract().jsonPath().getList("parts");
        assertThat(shown).isNotEmpty().isEqualTo(manifest.stream().collect(Collectors.toMap(
                part -> (String) part.get("name"), part -> (String) part.get("sha256"))));
        shell.navigateTo("Unbilled usage").awaitHeading("Unbilled usage");
        browser.awaitLoaded();
        browser.screenshot("unbilled");
    }

    @Test
    void shouldShowASalesAgentNoBillingAnywhereWhenSignedIn() {
        TestUser sales = partners.addUser(partner, "sales", "sales_agent");

        Shell shell = browser.signIn(sales, "/");

        assertThat(shell.navigation()).doesNotContain("Invoices", "Unbilled usage");
        assertThat(shell.navigationText()).doesNotContain("Billing");
        browser.open("/billing/invoices").awaitHeading(Shell.NO_ACCESS);
        browser.screenshot("billing-no-access");
    }
}
