package org.partnercenter.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static org.partnercenter.e2e.support.ServiceRequestBody.serviceRequest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.Partners;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * Issue 21: a partner's helpdesk agent works a service request in the portal: opens it, adds a note, escalates it
 * to the operator's support, and then sees its SLA clocks running (or paused, or met).
 */
@PortalTest
class PortalSupportIT {

    private static final By DIALOG = By.xpath("//*[@role='dialog']");
    /** A started clock: running ("Time left"), paused outside business hours, or already met. */
    private static final String STARTED = "(?s).*(Time left|Paused|Met).*";

    private final Partners partners;
    private final Gateway gateway;
    private final PortalBrowser browser;

    PortalSupportIT(StackUnderTest stack, PortalBrowser browser) {
        this.partners = stack.partnersWithMfa();
        this.gateway = stack.gateway();
        this.browser = browser;
    }

    @Test
    void shouldShowTheSlaClocksWhenAHelpdeskAgentAddsANoteAndEscalatesARequest() {
        TestPartner partner = partners.direct();
        TestUser helpdesk = partners.addUser(partner, "helpdesk", "helpdesk_agent");
        String title = "Portal invoice question";
        gateway.as(helpdesk).body(serviceRequest(title).build()).post("/v1/servicerequests/en-US")
                .then().statusCode(201);
        Shell shell = browser.signIn(helpdesk, "/");
        Forms forms = browser.forms();

        shell.navigateTo("Service requests").awaitHeading("Service requests");
        By link = By.xpath("//table[@aria-label='Service requests']//a[normalize-space(.)=" + XPaths.literal(title)
                + "]");
        browser.await().until(visibilityOfElementLocated(link));
        browser.screenshot("service-requests");
        forms.click(link);
        shell.awaitHeading(title);
        browser.await().until(visibilityOfElementLocated(clock("First response")));
        browser.awaitLoaded();
        browser.screenshot("service-request");

        forms.click(Forms.button("Add note"));
        forms.type("Note", "The customer sent the March statement.");
        browser.screenshot("service-request-note");
        forms.click(Forms.dialogButton("Save note"));
        browser.await().until(invisibilityOfElementLocated(DIALOG));
        browser.await().until(visibilityOfElementLocated(By.xpath(
                "//section[@aria-labelledby='notes-heading'][contains(., 'The customer sent the March statement.')]")));

        forms.click(Forms.button("Escalate"));
        forms.type("Reason", "Our billing team cannot explain the difference.");
        browser.screenshot("service-request-escalate");
        forms.click(Forms.dialogButton("Send to support"));
        browser.await().until(invisibilityOfElementLocated(DIALOG));

        browser.await().until(driver -> driver.findElement(clock("First response")).getText().matches(STARTED));
        assertThat(browser.driver().findElement(clock("Resolution")).getText()).matches(STARTED);
        browser.awaitLoaded();
        browser.screenshot("service-request-escalated");
    }

    /** An SLA clock's region, named "First response clock", "Resolution clock". */
    private static By clock(String name) {
        return By.xpath("//section[@aria-label=" + XPaths.literal(name + " clock") + "]");
    }
}
