package org.partnercenter.support.request;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.FREE_TEXT;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.partnercenter.commons.input.Text;

/**
 * What a PATCH may change: {@code NewNote}, {@code Status}, {@code Severity}. The SDK sends back the whole
 * ServiceRequest it read with {@code NewNote} set: every other field is ignored, and a status or severity
 * equal to the current one is no change. A new SDK {@code ServiceRequest} carries {@code "status": "none"} and
 * {@code "severity": "unknown"} until the caller sets them, so those values are no change either.
 */
public record ServiceRequestPatch(@Valid NewNote newNote, @Text(CODE) String status, @Text(CODE) String severity) {

    /** The real API's ServiceRequestNote ({@code {"Text": "..."}}); a plain string is accepted too. */
    public record NewNote(@Text(FREE_TEXT) @Size(max = 10000) String text) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static NewNote of(String text) {
            return new NewNote(text);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static NewNote withText(@com.fasterxml.jackson.annotation.JsonProperty("text") String text) {
            return new NewNote(text);
        }
    }

    /** The status asked for as sent, or null when absent or the SDK model's default. */
    String statusAsked() {
        return unlessSdkDefault(status, "none");
    }

    /** The severity asked for as sent, or null when absent or the SDK model's default. */
    String severityAsked() {
        return unlessSdkDefault(severity, "unknown");
    }

    private static String unlessSdkDefault(String text, String sdkDefault) {
        return text == null || text.isBlank() || text.trim().equalsIgnoreCase(sdkDefault) ? null : text.trim();
    }

    /** The note's text, or null when the PATCH adds none. */
    String noteText() {
        return newNote == null || newNote.text() == null || newNote.text().isBlank() ? null : newNote.text().trim();
    }
}
