package org.partnercenter.e2e.portal;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (the portal's devDependency, {@code portal/node_modules/axe-core}, which the portal's build installs) run
 * on the page as it is now: every violation is printed, and a serious or critical one fails the test, naming the
 * rule, its impact, the elements (CSS selectors) and the rule's help page.
 */
final class Axe {

    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    /*
     * Fluent UI's focus management (tabster) puts focusable, aria-hidden sentinels around dialogs and focus groups
     * (elements with data-tabster-dummy) so that Tab wraps inside them; they are never announced and never keep
     * focus, yet axe's aria-hidden-focus reports each one. They are the only nodes left out of the check.
     */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run({exclude: [['[data-tabster-dummy]']]}, {resultTypes: ['violations']})
                .then(function (results) { done(JSON.stringify(results.violations)); })
                .catch(function (error) { done(JSON.stringify({error: String(error)})); });
            """;

    /*
     * While a Fluent dialog is open, tabster hides the page behind it (aria-hidden on the app's root); once it closes,
     * tabster gives the page back 250 ms later. A check in between would report the page as hidden, so it waits for
     * that (at most a few seconds: a page still hidden then is reported, as it should be).
     */
    private static final String PAGE_GIVEN_BACK = """
            var dialog = document.querySelector('[role="dialog"], [role="alertdialog"]');
            var main = document.querySelector('main');
            return dialog !== null || main === null || main.closest('[aria-hidden="true"]') === null;
            """;
    private static final Duration GIVEN_BACK_WITHIN = Duration.ofSeconds(3);

    private final WebDriver driver;
    private String source;

    Axe(WebDriver driver) {
        this.driver = driver;
    }

    /** Checks the page; {@code page} names it in the output (the screenshot's name). */
    void check(String page) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        try {
            new WebDriverWait(driver, GIVEN_BACK_WITHIN)
                    .until(ignored -> Boolean.TRUE.equals(script.executeScript(PAGE_GIVEN_BACK)));
        } catch (TimeoutException stillHidden) {
            // axe reports it below.
        }
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
            script.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JsonNode violations = read((String) script.executeAsyncScript(RUN));
        if (violations.has("error")) {
            fail("axe could not check " + page + ": " + violations.get("error").asText());
        }
        List<String> failing = new ArrayList<>();
        for (JsonNode violation : violations) {
            String line = describe(violation);
            System.out.println("portal: axe on " + page + ": " + line);
            if (FAILING.contains(violation.path("impact").asText())) {
                failing.add(line);
            }
        }
        if (!failing.isEmpty()) {
            fail("axe found " + failing.size() + " serious or critical violation(s) on " + page + " ("
                    + driver.getCurrentUrl() + "):\n" + String.join("\n", failing));
        }
    }

    private static String describe(JsonNode violation) {
        List<String> targets = new ArrayList<>();
        violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
        return violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
                + violation.path("help").asText() + " " + violation.path("helpUrl").asText() + " on " + targets;
    }

    private String source() {
        if (source == null) {
            Path file = Path.of(System.getProperty("pc.root", "..")).toAbsolutePath().normalize()
                    .resolve("portal/node_modules/axe-core/axe.min.js");
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(file + " is missing: build the portal first (its npm ci installs "
                        + "axe-core)", e);
            }
        }
        return source;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("axe's answer is not JSON: " + json, e);
        }
    }
}
