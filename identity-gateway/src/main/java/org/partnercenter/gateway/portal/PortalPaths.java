package org.partnercenter.gateway.portal;

import java.util.List;

/**
 * Which paths of the public port are the portal's: all but the API, its document, Quarkus' own and the internal
 * token's JWKS, which the services fetch with Java's default {@code Accept} (it names text/html, so the app would
 * answer it instead, and every service would refuse every internal token with a 401).
 */
final class PortalPaths {

    private static final List<String> NOT_PORTAL = List.of("/v1", "/q", "/openapi", "/portal-config.json", "/internal");

    private PortalPaths() {
    }

    static boolean isPortal(String path) {
        return NOT_PORTAL.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** A page of the app rather than a file: no extension in its last segment ({@code /customers/42}). */
    static boolean isAppRoute(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !path.startsWith("/assets/") && !last.contains(".");
    }
}
