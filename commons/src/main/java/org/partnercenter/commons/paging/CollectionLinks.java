package org.partnercenter.commons.paging;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code links} of a collection from the request: {@code self} repeats the query, {@code next}
 * adds {@code seekOperation=Next} and the continuation token in its {@code MS-ContinuationToken} header,
 * which the client sends back. URIs are relative to {@code /v1}.
 */
public final class CollectionLinks {

    private static final String SEEK_OPERATION = "seekOperation";

    private CollectionLinks() {
    }

    public static <T> ResourceCollection<T> collection(UriInfo uri, Page<T> page) {
        return ResourceCollection.of(page.items(), links(uri, page));
    }

    public static Links links(UriInfo uri, Page<?> page) {
        String path = relativePath(uri.getPath());
        List<String> query = query(uri.getQueryParameters());
        Link self = Link.get(path + join(query));
        Link next = page.next().map(position -> {
            List<String> nextQuery = new ArrayList<>(query);
            nextQuery.add(SEEK_OPERATION + "=Next");
            return new Link(path + join(nextQuery), "GET",
                    List.of(new Link.Header(PageRequest.CONTINUATION_HEADER, position.encode())));
        }).orElse(null);
        return new Links(self, next);
    }

    /** {@code /v1/customers} becomes {@code /customers}. */
    public static String relativePath(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        return absolute.replaceFirst("^/v1(?=/|$)", "");
    }

    private static List<String> query(MultivaluedMap<String, String> parameters) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(SEEK_OPERATION) || entry.getKey().equalsIgnoreCase("seek_operation")) {
                continue;
            }
            for (String value : entry.getValue()) {
                pairs.add(encode(entry.getKey()) + "=" + encode(value));
            }
        }
        return pairs;
    }

    private static String join(List<String> pairs) {
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
