package org.partnercenter.e2e.portal;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.Totp;

/**
 * The identity provider's sign-in pages, as a person fills them in: user name and password, then, for a user with
 * MFA, the code their authenticator app shows (computed here from the user's secret).
 */
final class SignInPages {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Screenshots screenshots;
    private final Axe axe;
    private final Set<String> checked = new HashSet<>();

    SignInPages(WebDriver driver, WebDriverWait wait, Screenshots screenshots, Axe axe) {
        this.driver = driver;
        this.wait = wait;
        this.screenshots = screenshots;
        this.axe = axe;
    }

    /** The provider's pages are the same for every user: one picture and one check of each is enough. */
    private void once(String page) {
        screenshots.once(page);
        if (checked.add(page)) {
            axe.check(page);
        }
    }

    /** From the provider's sign-in page (the portal sent the browser there) until the provider sends it back. */
    void complete(TestUser user) {
        WebElement userName = wait.until(visibilityOfElementLocated(By.id("username")));
        userName.clear();
        userName.sendKeys(user.userPrincipalName());
        driver.findElement(By.id("password")).sendKeys(user.password());
        once("sign-in");
        driver.findElement(By.id("sign-in")).click();
        if (user.totpSecret() != null) {
            WebElement code = wait.until(visibilityOfElementLocated(By.id("otp")));
            code.sendKeys(Totp.code(user.totpSecret(), Instant.now()));
            once("sign-in-mfa");
            wait.until(elementToBeClickable(By.id("verify"))).click();
        }
    }
}
