package org.partnercenter.commons.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.partnercenter.commons.error.ApiException;

/**
 * Refuses a NUL character (%00) in the path or a query parameter, which PostgreSQL cannot take in text: it
 * would otherwise fail as a 500 wherever the value reaches a query. JSON bodies are checked as they are read
 * ({@code TextWithoutNul}).
 */
public class TextInAddress {

    @ServerRequestFilter(preMatching = true)
    public void refuseNul(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            throw ApiException.badRequest("The path contains a NUL character (%00), which it may not contain.",
                    List.of("path"));
        }
        MultivaluedMap<String, String> parameters = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean nul = parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0);
            if (nul) {
                String name = parameter.getKey().replace("\u0000", "%00");
                throw ApiException.badRequest("The query parameter '" + name + "' contains a NUL character (%00), "
                        + "which it may not contain.", List.of(name));
            }
        }
    }
}
