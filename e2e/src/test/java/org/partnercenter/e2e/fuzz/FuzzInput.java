package org.partnercenter.e2e.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the fuzz: a valid request of its operation with one part made hostile. Path and query
 * values are already percent-encoded as they go on the wire; {@code detail} says in a few words what was
 * changed, for the findings; {@code expected} what DESIGN.md's input policy answers whatever the route.
 */
record FuzzInput(InputClass kind, String detail, Map<String, String> pathValues, Map<String, String> query,
        Map<String, String> headers, byte[] body, Expected expected) {

    enum Expected {
        /** Any answer below 500 in the rules' shape. */
        BELOW_500,
        /** A 4xx: malformed JSON, NUL, broken surrogates, 1 MB strings, too deep nesting, non-boolean booleans. */
        REFUSED,
        /** Exactly 400: encoded dot segments and slashes in a path; NUL, malformed escapes, surrogates anywhere. */
        BAD_REQUEST
    }

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
        return new FuzzInput(kind, detail, values, query, headers, body, refused ? Expected.BAD_REQUEST
                : Expected.BELOW_500);
    }

    FuzzInput withQuery(InputClass kind, String detail, String encodedName, String encodedValue) {
        Map<String, String> values = new LinkedHashMap<>(query);
        values.put(encodedName, encodedValue);
        boolean refused = REFUSED_ANYWHERE.matcher(encodedName + "=" + encodedValue).find();
        return new FuzzInput(kind, detail, pathValues, values, headers, body, refused ? Expected.BAD_REQUEST
                : Expected.BELOW_500);
    }

    FuzzInput withHeader(InputClass kind, String detail, String name, String value) {
        Map<String, String> values = new LinkedHashMap<>(headers);
        values.put(name, value);
        return new FuzzInput(kind, detail, pathValues, query, values, body, Expected.BELOW_500);
    }

    FuzzInput withBody(InputClass kind, String detail, byte[] newBody, Expected answer) {
        return new FuzzInput(kind, detail, pathValues, query, headers, newBody, answer);
    }
}
