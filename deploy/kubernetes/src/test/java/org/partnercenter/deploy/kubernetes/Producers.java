package org.partnercenter.deploy.kubernetes;

import java.util.Set;
import java.util.stream.Collectors;
import org.partnercenter.events.EventCatalogue;
import org.partnercenter.events.Topic;

/** The topics each app produces, from the producers' own Topic constants (events module). */
final class Producers {

    private Producers() {
    }

    static Set<String> topicsOf(String app) {
        return EventCatalogue.topics().stream().filter(t -> t.producer().equals(app)).map(Topic::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static Set<String> allTopics() {
        return EventCatalogue.topics().stream().map(Topic::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
