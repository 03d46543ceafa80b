package org.partnercenter.e2e.portal;

/** Text inside an XPath expression: XPath 1.0 has no escapes, so a text with both quotes is a concat(). */
public final class XPaths {

    private XPaths() {
    }

    public static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
