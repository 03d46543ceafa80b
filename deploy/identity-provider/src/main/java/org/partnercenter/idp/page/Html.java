package org.partnercenter.idp.page;

/** Plain server-rendered pages: escaped text in one shared, script-free layout. */
public final class Html {

    private static final String STYLE = """
            body{font-family:"Segoe UI",system-ui,sans-serif;background:#f2f2f2;margin:0;color:#1b1b1b}
            main{max-width:440px;margin:10vh auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
            h1{font-size:24px;font-weight:600;margin:0 0 16px}
            label{display:block;margin:16px 0 4px}
            input[type=text],input[type=email],input[type=password]{width:100%;box-sizing:border-box;padding:6px 8px;
            font-size:15px;border:1px solid #666}
            input:focus,button:focus{outline:2px solid #0067b8;outline-offset:2px}
            button{margin-top:24px;background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px}
            button.secondary{background:#fff;color:#0067b8;border:1px solid #0067b8;margin-left:8px}
            .error{color:#a4262c;margin:12px 0}
            .note{color:#605e5c;font-size:13px;margin-top:24px}
            """;

    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values alike. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page; {@code title} is escaped here, {@code body} must already be escaped markup. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head>"
                + "<body><main>" + body
                + "<p class=\"note\">Development identity provider. Never use it in production.</p>"
                + "</main></body></html>\n";
    }

    /** An error notice that screen readers announce at once. */
    public static String alert(String message) {
        return message == null ? "" : "<p class=\"error\" role=\"alert\" id=\"error\">" + escape(message) + "</p>";
    }
}
