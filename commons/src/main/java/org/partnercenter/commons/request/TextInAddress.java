package org.partnercenter.commons.request;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.partnercenter.commons.error.ApiException;

/**
 * What the raw path and query of a request may hold, checked on the text as received, before anything decodes
 * or normalises it. A dot segment, an encoded slash or a matrix parameter would otherwise be resolved after a
 * route rule matched the path, and change the operation ({@code DELETE /v1/users/{id}/roles/%2e%2e} deleting the user); a NUL
 * character reaches PostgreSQL as a 500; a broken escape fails deep inside the framework.
 */
public final class TextInAddress {

    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern ENCODED_DOT = Pattern.compile("%2e", Pattern.CASE_INSENSITIVE);
    private static final int SHOWN = 200;
    private static final String NOT_UTF8 = "%XX escapes that are not UTF-8 (such as %ED%A0%80, an encoded lone "
            + "surrogate); percent-encode each character's UTF-8 bytes";

    private TextInAddress() {
    }

    /** Refuses, with a 400 naming the path, what no route of this API accepts in a path. */
    public static void checkPath(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (BROKEN_ESCAPE.matcher(rawPath).find()) {
            throw refusePath(rawPath, "a '%' that does not start a %XX escape (two hexadecimal digits); "
                    + "send '%' itself as %25");
        }
        if (!escapesAreUtf8(rawPath)) {
            throw refusePath(rawPath, NOT_UTF8);
        }
        if (lower.contains("%2f") || lower.contains("%5c") || rawPath.indexOf('\\') >= 0) {
            throw refusePath(rawPath, "an encoded slash or backslash (%2F, %5C) or a backslash, which no id "
                    + "of this API contains");
        }
        if (rawPath.indexOf(';') >= 0) {
            // JAX-RS drops ";..." from a segment as a matrix parameter: "usagesummary;x" would pass the gateway's
            // rule for /customers/** and still reach the usage summary.
            throw refusePath(rawPath, "a ';', which no id of this API contains (send it as %3B)");
        }
        for (String segment : rawPath.split("/", -1)) {
            String dots = ENCODED_DOT.matcher(segment).replaceAll(".");
            if (dots.equals(".") || dots.equals("..")) {
                throw refusePath(rawPath, "a dot segment ('.' or '..', plain or encoded as %2E); address the "
                        + "resource by its own path");
            }
        }
        if (lower.contains("%00")) {
            throw refusePath(rawPath, "a NUL character (%00), which it may not contain");
        }
        if (rawPath.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            throw refusePath(rawPath, "a control, space or non-ASCII character; percent-encode it as UTF-8");
        }
    }

    /** Refuses, with a 400 naming the parameter, a query beyond the limits or holding what no parameter may. */
    public static void checkQuery(String rawQuery, int maxParameters, int maxValueLength) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        String[] parameters = rawQuery.split("&");
        if (parameters.length > maxParameters) {
            throw ApiException.badRequest("The query has " + parameters.length + " parameters; at most "
                    + maxParameters + " are accepted.", List.of("query"));
        }
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            String rawName = equals < 0 ? parameter : parameter.substring(0, equals);
            String rawValue = equals < 0 ? "" : parameter.substring(equals + 1);
            String shownName = shorten(rawName);
            if (BROKEN_ESCAPE.matcher(parameter).find()) {
                throw refuseParameter(shownName, "a '%' that does not start a %XX escape (two hexadecimal "
                        + "digits); send '%' itself as %25");
            }
            if (!escapesAreUtf8(rawName) || !escapesAreUtf8(rawValue)) {
                throw refuseParameter(shownName, NOT_UTF8);
            }
            String name = decode(rawName);
            String value = decode(rawValue);
            if (name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
                throw refuseParameter(shownName, "a NUL character (%00), which it may not contain");
            }
            if (value.length() > maxValueLength) {
                throw refuseParameter(shownName, value.length() + " characters; at most " + maxValueLength
                        + " are accepted");
            }
        }
    }

    /**
     * Whether the text's %XX escapes spell UTF-8. Decoders replace what does not (such as %ED%A0%80, an encoded
     * lone surrogate) with U+FFFD, so it would otherwise reach a lookup or be stored as something else.
     */
    private static boolean escapesAreUtf8(String raw) {
        if (raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static ApiException refusePath(String rawPath, String what) {
        return ApiException.badRequest("The path " + shorten(rawPath) + " contains " + what + ".", List.of("path"));
    }

    private static ApiException refuseParameter(String name, String what) {
        return ApiException.badRequest("The query parameter '" + name + "' contains " + what + ".", List.of(name));
    }

    private static String shorten(String text) {
        String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
        return shown.replace("\u0000", "%00");
    }
}
