package org.partnercenter.e2e.portal;

import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, through Debian's chromedriver: both named by path, so that Selenium never looks for
 * (or downloads) a browser of its own. The build installs them first ({@code e2e/require-chromium.sh}).
 */
final class Chromium {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final Dimension WIDE = new Dimension(1280, 900);

    private Chromium() {
    }

    static ChromeDriver start() {
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        // Without the background-networking flags Chromium keeps calling Google's services, which a closed network
        // answers with timeouts; /dev/shm is small in containers.
        // Reduced motion: Fluent then skips its dialog and drawer animations, so axe never measures a button halfway
        // through a fade (a colour-contrast failure that depends on timing, not on the page).
        options.addArguments("--force-prefers-reduced-motion", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WIDE.getWidth() + "," + WIDE.getHeight());
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().window().setSize(WIDE);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
