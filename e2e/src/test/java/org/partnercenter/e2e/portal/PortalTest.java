package org.partnercenter.e2e.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnercenter.e2e.support.EndToEnd;

/**
 * A browser test class of the portal: its constructor takes the {@code StackUnderTest} and a
 * {@link PortalBrowser}, one Chromium for the whole class, closed after it; a failed test leaves what the browser
 * showed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PortalBrowserExtension.class)
public @interface PortalTest {
}
