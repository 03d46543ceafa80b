package org.partnercenter.idp.page;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * What a browser-facing endpoint answers: a page, or a redirect back to an application.
 *
 * @param html the page, or null for a redirect
 * @param location the redirect's target, or null for a page
 */
public record PageAnswer(int status, String html, URI location) {

    public static PageAnswer page(int status, String html) {
        return new PageAnswer(status, html, null);
    }

    public static PageAnswer redirect(URI location) {
        return new PageAnswer(302, null, location);
    }

    /**
     * The response, with headers that keep sign-in pages out of caches and frames (clickjacking), and a
     * content security policy that allows no script at all: the pages need none.
     */
    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
        if (location != null) {
            return response.location(location).build();
        }
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .entity(html)
                .build();
    }
}
