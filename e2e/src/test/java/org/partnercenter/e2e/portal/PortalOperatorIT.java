package org.partnercenter.e2e.portal;

import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnercenter.e2e.support.LastMonth;
import org.partnercenter.e2e.support.PriceListBody;
import org.partnercenter.e2e.support.PricingYear;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * Issue 21: the platform operator's admin (the launcher's, with MFA) publishes a price list from a file and closes
 * last month for one partner in the portal, watching the close's operation until it succeeds.
 */
@PortalTest
class PortalOperatorIT {

    private final StackUnderTest stack;
    private final TestUser operator;
    private final PortalBrowser browser;

    PortalOperatorIT(StackUnderTest stack, PortalBrowser browser) {
        this.stack = stack;
        this.operator = stack.operator();
        this.browser = browser;
    }

    @Test
    void shouldPublishAPriceListFileWhenTheOperatorChoosesOneInThePortal() throws IOException {
        // Prices are global: a year of the test's own, far ahead, so the list changes no other test's rates.
        PricingYear year = PricingYear.ownYear();
        Path file = Files.createDirectories(Path.of("target/portal-uploads")).resolve("price-list.json");
        new ObjectMapper().writeValue(file.toFile(), PriceListBody.effective(year.date(1, 1))
                .meter(UUID.randomUUID(), "E2E Portal Published Hours", "Virtual Machines", "1 Hour", "0=0.25")
                .build());
        Shell shell = browser.signIn(operator, "/");

        shell.navigateTo("Price lists").awaitHeading("Price lists");
        browser.awaitLoaded();
        browser.screenshot("operator-price-lists");
        browser.await().until(presenceOfElementLocated(Forms.field("Price list file")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.forms().click(Forms.button("Publish price list"));

        browser.await().until(visibilityOfElementLocated(By.xpath(
                "//*[normalize-space(.)='Published']/parent::*[contains(., '1 meters, effective')]")));
        browser.screenshot("operator-price-list-published");
    }

    @Test
    void shouldWatchTheCloseSucceedWhenTheOperatorClosesLastMonthForOnePartner() {
        TestPartner partner = stack.partnersWithMfa().direct();
        Shell shell = browser.signIn(operator, "/");
        Forms forms = browser.forms();

        shell.navigateTo("Billing periods").awaitHeading("Billing periods");
        browser.awaitLoaded();
        browser.screenshot("operator-billing-periods");
        forms.click(By.xpath("//label[normalize-space(.)='One partner']"));
        forms.type("Partner tenant ID", partner.tenantId());
        forms.click(Forms.button("Close period"));

        browser.await().until(visibilityOfElementLocated(By.xpath("//*[normalize-space(.)="
                + XPaths.literal("The close of " + LastMonth.month() + " succeeded") + "]")));
        browser.screenshot("operator-period-closed");
    }

    @Test
    void shouldShowThePartnersAndTheEscalatedQueueWhenTheOperatorsPeopleOpenThem() {
        browser.signIn(operator, "/").navigateTo("Partners").awaitHeading("Partners");
        browser.awaitLoaded();
        browser.screenshot("operator-partners");

        TestUser supportAgent = stack.operators().addSupportAgent();
        browser.signIn(supportAgent, "/").navigateTo("Escalated requests").awaitHeading("Escalated requests");
        browser.awaitLoaded();
        browser.screenshot("operator-escalated-requests");
    }
}
