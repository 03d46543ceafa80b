package org.partnercenter.e2e.portal;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;

/**
 * When a browser test fails, what the browser showed: a screenshot {@code failed-<test>.png} beside the others, and
 * the address and visible text of the page in the build's output, since a headless browser cannot be looked at.
 */
public final class PageOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Optional<PortalBrowser> browser = context.getTestInstance().flatMap(PageOnFailure::browserOf);
        browser.ifPresent(open -> {
            try {
                open.evidence("failed-" + context.getRequiredTestMethod().getName());
                String text = open.driver().findElement(By.tagName("body")).getText();
                System.out.println("portal: " + context.getDisplayName() + " failed on " + open.driver().getCurrentUrl()
                        + ", showing:\n" + text.substring(0, Math.min(text.length(), 2_000)));
            } catch (RuntimeException evidenceLost) {
                System.out.println("portal: no evidence of the failure: " + evidenceLost);
            }
        });
    }

    private static Optional<PortalBrowser> browserOf(Object test) {
        for (var field : test.getClass().getDeclaredFields()) {
            if (field.getType() == PortalBrowser.class) {
                try {
                    field.setAccessible(true);
                    return Optional.ofNullable((PortalBrowser) field.get(test));
                } catch (IllegalAccessException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
