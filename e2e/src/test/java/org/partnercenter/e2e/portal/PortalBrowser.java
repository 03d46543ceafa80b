package org.partnercenter.e2e.portal;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestUser;

/**
 * One headless Chromium for a test class, pointed at the stack's portal: signs users in through the identity
 * provider's pages, reads the shell (navigation, headings) by what a person or a screen reader sees, takes
 * screenshots. Between users it forgets everything the last one left (tokens in session storage, cookies).
 */
public final class PortalBrowser implements AutoCloseable {

    /** Generous: the stack shares two cores with the build and other test JVMs. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Dimension NARROW = new Dimension(390, 844);
    /** The portal's spinners are labelled "Loading…", "Loading line items…" and the like. */
    private static final By LOADING = By.xpath("//main//*[starts-with(normalize-space(text()), 'Loading')]");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String portalUrl;
    private final Screenshots screenshots;
    private final Axe axe;
    private final SignInPages signInPages;

    private PortalBrowser(ChromeDriver driver, String portalUrl) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.portalUrl = portalUrl;
        this.screenshots = new Screenshots(driver);
        this.axe = new Axe(driver);
        this.signInPages = new SignInPages(driver, wait, screenshots, axe);
    }

    public static PortalBrowser start(StackUnderTest stack) {
        return new PortalBrowser(Chromium.start(), stack.description().portalUrl());
    }

    /**
     * Signs the user in from a new start: the portal at {@code path} sends the browser to the provider, whose pages
     * are filled in, and the provider sends it back to the portal, which shows {@code path} once it knows the user.
     */
    public Shell signIn(TestUser user, String path) {
        forgetEveryone();
        driver.get(portalUrl + path);
        signInPages.complete(user);
        Shell shell = shell();
        wait.until(ignored -> !driver.getCurrentUrl().contains("/signin-callback"));
        shell.awaitSignedIn(user);
        return shell;
    }

    /** Opens a page of the portal as the signed-in user would by typing its address (a deep link). */
    public Shell open(String path) {
        driver.get(portalUrl + path);
        return shell();
    }

    public Shell shell() {
        return new Shell(driver, wait);
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Waits until the page shows no spinner: what it shows is then what it read from the API. */
    public void awaitLoaded() {
        wait.until(ignored -> driver.findElements(LOADING).isEmpty());
    }

    public Forms forms() {
        return new Forms(wait);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A screenshot of the page as it is now, then axe's check of it: a serious or critical violation fails. */
    public void screenshot(String name) {
        screenshots.take(name);
        axe.check(name);
    }

    /** The page as a failed test left it, never checked: the evidence must not fail again. */
    void evidence(String name) {
        screenshots.take(name);
    }

    /** The same page at a phone's width (390 px) too; the shell then hides its navigation behind a menu button. */
    public void screenshotWideAndNarrow(String name) {
        screenshot(name);
        driver.manage().window().setSize(NARROW);
        try {
            wait.until(visibilityOfElementLocated(By.xpath("//button[@aria-label='Open navigation']")));
            screenshot(name + "-390px");
        } finally {
            driver.manage().window().setSize(Chromium.WIDE);
        }
    }

    /** The portal's own figure: when the home page had its tiles, after this document's navigation started. */
    public FirstRender firstRender() {
        return FirstRender.of(driver, wait);
    }

    /**
     * What a shared browser must forget between two users: the portal's session storage (read on its one page that
     * never signs in) and every cookie, the identity provider's sign-in session among them.
     */
    public void forgetEveryone() {
        driver.get(portalUrl + "/signed-out");
        driver.executeScript("window.sessionStorage.clear(); window.localStorage.clear();");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Text of the elements, as shown (trimmed), for assertions on lists of names. */
    static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).map(String::trim).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
