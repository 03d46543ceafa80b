package org.partnercenter.testing;

/** Settings for the test infrastructure, from a system property or else the environment. */
final class TestSettings {

    private TestSettings() {
    }

    static String get(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }
}
