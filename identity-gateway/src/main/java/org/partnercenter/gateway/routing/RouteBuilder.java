package org.partnercenter.gateway.routing;

import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnercenter.commons.caller.ProviderFeature;

/**
 * Writes a route as it reads in DESIGN.md's tables. Patterns are paths where {@code *} is one segment and
 * a trailing {@code /**} is the path itself or anything below it; matching ignores case, as the real API's.
 */
final class RouteBuilder {

    private final String pattern;
    private final Owner owner;
    private Set<String> read = Set.of();
    private Set<String> write = Set.of();
    private Set<String> create;
    private ProviderFeature resellerFeature;
    private OptionalLong maxBody = OptionalLong.empty();

    private RouteBuilder(String pattern, Owner owner) {
        this.pattern = pattern;
        this.owner = owner;
    }

    static RouteBuilder route(String pattern, Owner owner) {
        return new RouteBuilder(pattern, owner);
    }

    RouteBuilder read(Set<String> roles) {
        read = roles;
        return this;
    }

    RouteBuilder write(Set<String> roles) {
        write = roles;
        return this;
    }

    /** POST creates here, which fewer roles may than change what exists (the other write methods). */
    RouteBuilder create(Set<String> roles) {
        create = roles;
        return this;
    }

    /** Resellers are refused, told to use their provider's solution for this feature. */
    RouteBuilder notForResellers(ProviderFeature feature) {
        resellerFeature = feature;
        return this;
    }

    /** A bulk upload family: bodies up to this many MiB instead of the default limit. */
    RouteBuilder maxBodyMiB(int mebibytes) {
        maxBody = OptionalLong.of(mebibytes * 1024L * 1024L);
        return this;
    }

    Route build() {
        StringBuilder regex = new StringBuilder();
        for (String segment : pattern.substring(1).split("/")) {
            regex.append(switch (segment) {
                case "**" -> "(/.*)?";
                case "*" -> "/[^/]+";
                default -> "/" + Pattern.quote(segment);
            });
        }
        return new Route(pattern, Pattern.compile(regex + "/?", Pattern.CASE_INSENSITIVE), owner, read,
                create == null ? write : create, write, resellerFeature, maxBody);
    }
}
