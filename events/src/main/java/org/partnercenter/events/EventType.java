package org.partnercenter.events;

/**
 * One event type of the catalogue: its topic, its type name (the envelope's {@code type}), the version of its
 * payload schema and the payload record. Producers publish with it and consumers recognise and read with it, so
 * neither side spells a type name or a payload shape of its own.
 *
 * @param schemaVersion raised when a field is renamed, removed or changes its meaning; adding a field keeps it,
 *        because consumers ignore fields they do not know
 */
public record EventType<T>(Topic topic, String name, int schemaVersion, Class<T> payload) {

    private static final String SAMPLES = "/org/partnercenter/events/samples/";

    public boolean matches(String type) {
        return name.equals(type);
    }

    /** The classpath resource of the committed sample envelope that producers' contract tests check. */
    public String sample() {
        return SAMPLES + name + ".v" + schemaVersion + ".json";
    }

    @Override
    public String toString() {
        return name + " v" + schemaVersion + " on " + topic.name();
    }
}
