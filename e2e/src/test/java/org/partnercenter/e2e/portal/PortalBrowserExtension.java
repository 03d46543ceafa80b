package org.partnercenter.e2e.portal;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.partnercenter.e2e.support.LocalStackExtension;

/**
 * Opens one {@link PortalBrowser} per test class at the stack's portal, kept in the class's store so that JUnit
 * closes it (it is AutoCloseable) when the class is done. When a test fails: a screenshot
 * {@code failed-<test>.png} beside the others, and the address and visible text of the page in the build's output,
 * since a headless browser cannot be looked at.
 */
public final class PortalBrowserExtension implements ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PortalBrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PortalBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(PortalBrowser.class,
                key -> PortalBrowser.start(LocalStackExtension.stack(context)), PortalBrowser.class);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        PortalBrowser browser = context.getStore(NAMESPACE).get(PortalBrowser.class, PortalBrowser.class);
        if (browser == null) {
            return;
        }
        try {
            browser.evidence("failed-" + context.getRequiredTestMethod().getName());
            String text = browser.driver().findElement(By.tagName("body")).getText();
            System.out.println("portal: " + context.getDisplayName() + " failed on " + browser.driver().getCurrentUrl()
                    + ", showing:\n" + text.substring(0, Math.min(text.length(), 2_000)));
        } catch (RuntimeException evidenceLost) {
            System.out.println("portal: no evidence of the failure: " + evidenceLost);
        }
    }
}
