package org.partnercenter.e2e.portal;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnercenter.e2e.support.TestUser;

/**
 * The portal's frame around every signed-in page, found as a person sees it: the navigation labelled
 * "Partner Center", the page's heading, the account menu in the top bar.
 */
public final class Shell {

    public static final String NO_ACCESS = "You don't have access to this page";

    private static final By NAVIGATION_ITEMS = By.xpath("//*[@aria-label='Partner Center']//a");

    private final WebDriver driver;
    private final WebDriverWait wait;

    Shell(WebDriver driver, WebDriverWait wait) {
        this.driver = driver;
        this.wait = wait;
    }

    /** The top bar names the user once the portal has read GET /v1/me. */
    void awaitSignedIn(TestUser user) {
        wait.until(visibilityOfElementLocated(accountMenu(user)));
    }

    /** The navigation's page names, in order (section headers are not links). */
    public List<String> navigation() {
        wait.until(visibilityOfElementLocated(NAVIGATION_ITEMS));
        return PortalBrowser.texts(driver.findElements(NAVIGATION_ITEMS));
    }

    /** Everything the navigation reads, section headers included. */
    public String navigationText() {
        wait.until(visibilityOfElementLocated(NAVIGATION_ITEMS));
        return driver.findElement(By.xpath("//*[@aria-label='Partner Center']")).getText();
    }

    /** Follows a navigation item, as a click on it does. */
    public Shell navigateTo(String item) {
        wait.until(elementToBeClickable(By.xpath("//*[@aria-label='Partner Center']//a[normalize-space(.)="
                + XPaths.literal(item) + "]"))).click();
        return this;
    }

    /** Waits for the page's main heading (h1) to read {@code text}. */
    public Shell awaitHeading(String text) {
        wait.until(visibilityOfElementLocated(By.xpath("//h1[normalize-space(.)=" + XPaths.literal(text) + "]")));
        return this;
    }

    /** The home page's tiles (groups labelled by their title), once each has its figure. */
    public List<String> tiles() {
        By tiles = By.xpath("//main//*[@role='group'][@aria-label]");
        wait.until(visibilityOfElementLocated(tiles));
        wait.until(ignored -> driver.findElements(By.xpath("//main//*[@role='group']//*[text()='Loading']")).isEmpty());
        return driver.findElements(tiles).stream().map(tile -> tile.getDomAttribute("aria-label")).toList();
    }

    /** Signs out from the account menu; the provider ends its session and sends the browser to "signed out". */
    public void signOut(TestUser user) {
        wait.until(elementToBeClickable(accountMenu(user))).click();
        wait.until(elementToBeClickable(By.xpath("//*[@role='menuitem'][normalize-space(.)='Sign out']"))).click();
    }

    private static By accountMenu(TestUser user) {
        return By.xpath("//button[@aria-label=" + XPaths.literal("Account: " + user.userPrincipalName()) + "]");
    }
}
