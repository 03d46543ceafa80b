package org.partnercenter.e2e.fuzz;

/** The kinds of hostile input the suite sends, as issue 12 lists them; the label names them in findings. */
enum InputClass {
    VALID("valid request"),
    /** Findings about an operation's inputs together (rows stored beyond its accepted creates). */
    EVERY_INPUT("every input of the operation"),
    MALFORMED_JSON("malformed JSON"),
    WRONG_TYPE("wrong type"),
    DEEP_NESTING("deep nesting"),
    HUGE_STRING("huge string"),
    HUGE_NUMBER("huge number"),
    NUL_OR_SURROGATE("NUL or broken surrogate"),
    BODY_META("meta characters or extreme dates in body strings"),
    PATH_META("path traversal/meta"),
    QUERY_META("query meta/wrong type"),
    CONTINUATION_TOKEN("garbage MS-ContinuationToken"),
    IF_MATCH("garbage If-Match");

    private final String label;

    InputClass(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
