package org.partnercenter.e2e.portal;

import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The home page's time to first render, as the portal marks it ({@code performance.mark('portal:home-rendered')}
 * once its tiles have their figures), in milliseconds after the document's navigation started; with the
 * navigation's own milestones for context. A figure to print, never to assert: it depends on the machine's load.
 */
public record FirstRender(double homeRenderedMillis, double responseEndMillis, double domContentLoadedMillis,
        String navigationStart) {

    private static final String MARK = "portal:home-rendered";

    static FirstRender of(JavascriptExecutor page, WebDriverWait wait) {
        wait.until(ignored -> (Boolean) page.executeScript(
                "return performance.getEntriesByName(arguments[0]).length > 0", MARK));
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) page.executeScript("""
                const navigation = performance.getEntriesByType('navigation')[0];
                return {
                  rendered: performance.getEntriesByName(arguments[0])[0].startTime,
                  responseEnd: navigation ? navigation.responseEnd : -1,
                  domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : -1,
                  start: new Date(performance.timeOrigin).toISOString()
                };""", MARK);
        return new FirstRender(number(figures.get("rendered")), number(figures.get("responseEnd")),
                number(figures.get("domContentLoaded")), (String) figures.get("start"));
    }

    /** One line for the build's output. */
    public String describe(String when) {
        return String.format(Locale.ROOT, "portal: home page rendered %.0f ms after navigation start (%s; navigation"
                + " started %s, HTML received at %.0f ms, DOMContentLoaded at %.0f ms)", homeRenderedMillis, when,
                navigationStart, responseEndMillis, domContentLoadedMillis);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
