package org.partnercenter.commons.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.partnercenter.commons.error.ApiException;

/** Why a CSV file cannot be read, as a 400 a person can act on: {@code line N: reason}, never the parser's words. */
final class CsvProblems {

    private CsvProblems() {
    }

    static ApiException atLine(int line, String reason) {
        String problem = "line " + line + ": " + reason;
        return ApiException.badRequest("The CSV file cannot be read: " + problem + ".", List.of(problem));
    }

    static ApiException tooLong(int line, String what, int maxLength) {
        return atLine(line, what + " is longer than " + String.format(Locale.ROOT, "%,d", maxLength) + " characters");
    }

    /**
     * A field's problem is told at the line the field starts on (where a quote was left open, say); a stray character
     * after a closing quote at the line it is on.
     */
    static RuntimeException of(IOException e, CsvParser parser, CsvTable.Limits limits) {
        if (e instanceof CharConversionException) {
            // The decoder runs ahead of the parser, so the line it fails on is not known: the fix is the whole file's.
            return ApiException.badRequest("The CSV file is not UTF-8 text: save it as \"CSV UTF-8\" and send it "
                    + "again.", List.of("body: not UTF-8 text"));
        }
        if (parser == null || !(e instanceof JsonProcessingException problem)) {
            return new UncheckedIOException(e);
        }
        int fieldLine = parser.currentTokenLocation().getLineNr();
        if (problem instanceof StreamConstraintsException) {
            return tooLong(fieldLine, "a field", limits.maxFieldLength());
        }
        String message = String.valueOf(problem.getOriginalMessage());
        if (message.startsWith("Missing closing quote")) {
            return atLine(fieldLine, "a quoted field is never closed: the \" that opens a field needs a \" that "
                    + "closes it, and a \" inside a field is written twice (\"\")");
        }
        int line = parser.currentLocation().getLineNr();
        if (message.contains("Expected column separator")) {
            return atLine(line, "a quoted field goes on after its closing \": a quoted field ends at a comma or "
                    + "at the end of the line, and a \" inside it is written twice (\"\")");
        }
        return atLine(line, "this is not CSV (RFC 4180)");
    }
}
