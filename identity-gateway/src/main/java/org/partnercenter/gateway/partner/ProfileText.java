package org.partnercenter.gateway.partner;

/** How the partner profiles store a text field: trimmed, and a blank one is no value. */
final class ProfileText {

    private ProfileText() {
    }

    static String part(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
