package org.partnercenter.e2e.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the fuzz: a valid request of its operation with one part made hostile. Path and query
 * values are already percent-encoded as they go on the wire; {@code detail} says in a few words what was
 * changed, for the findings. {@code mustBe400} marks what DESIGN.md's input policy refuses with a 400
 * whatever the route: encoded dot segments and slashes in a path, NUL, malformed escapes, broken surrogates.
 */
record FuzzInput(InputClass kind, String detail, Map<String, String> pathValues, Map<String, String> query,
        Map<String, String> headers, byte[] body, boolean mustBe400) {

    /** NUL, a malformed escape ({@code %ZZ}, a lone {@code %}) or an encoded lone surrogate, anywhere. */
    private static final Pattern REFUSED_ANYWHERE = Pattern.compile("(?i)%00|%(?![0-9a-f]{2})|%ED%A0%80");
    /** In a path also an encoded slash, or a dot segment with an encoded dot ({@code %2e%2e}, {@code .%2e}). */
    private static final Pattern REFUSED_IN_PATHS = Pattern.compile("(?i)%2f|(^|/)(?=[.]?%2e)(%2e|[.]){1,2}(/|$)");

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** The request target: the template with its path values, then the query. */
    String target(String template) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder target = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(target, Matcher.quoteReplacement(pathValues.get(matcher.group(1))));
        }
        matcher.appendTail(target);
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            target.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        return target.toString();
    }

    FuzzInput withPath(InputClass kind, String detail, String parameter, String encodedValue) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        values.put(parameter, encodedValue);
        boolean refused = REFUSED_ANYWHERE.matcher(encodedValue).find()
                || REFUSED_IN_PATHS.matcher(encodedValue).find();
        return new FuzzInput(kind, detail, values, query, headers, body, refused);
    }

    FuzzInput withQuery(InputClass kind, String detail, String encodedName, String encodedValue) {
        Map<String, String> values = new LinkedHashMap<>(query);
        values.put(encodedName, encodedValue);
        boolean refused = REFUSED_ANYWHERE.matcher(encodedName + "=" + encodedValue).find();
        return new FuzzInput(kind, detail, pathValues, values, headers, body, refused);
    }

    FuzzInput withHeader(InputClass kind, String detail, String name, String value) {
        Map<String, String> values = new LinkedHashMap<>(headers);
        values.put(name, value);
        return new FuzzInput(kind, detail, pathValues, query, values, body, false);
    }

    FuzzInput withBody(InputClass kind, String detail, byte[] newBody) {
        return new FuzzInput(kind, detail, pathValues, query, headers, newBody, false);
    }
}
