package org.partnercenter.testing.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The roles the house rules speak of, told apart by what a class declares rather than by a list of names. */
final class ClassRoles {

    static final String PATH = "jakarta.ws.rs.Path";
    static final Set<String> TRANSACTIONAL = Set.of("jakarta.transaction.Transactional",
            "javax.transaction.Transactional");
    static final String CLOCK = "java.time.Clock";
    static final String PRODUCES = "jakarta.enterprise.inject.Produces";

    /** The service modules' root packages under org.partnercenter; commons, testing and events are shared. */
    static final List<String> SERVICE_MODULES = List.of("customer", "billing", "pricing", "support", "gateway", "idp");

    /**
     * Classes annotated @Path or with a @Path method, classes named *Resource, and what is nested in those. Records,
     * enums, interfaces and annotations named *Resource are values, not resources (a usage record's Azure resource,
     * the resource a token is asked for, Quarkus' @TestHTTPResource).
     */
    static final DescribedPredicate<JavaClass> RESOURCES = DescribedPredicate.describe(
            "are resources (@Path or *Resource)", ClassRoles::isResource);

    /** A class that @Produces a Clock, or is one: the only places that may read the system's time. */
    static final DescribedPredicate<JavaClass> CLOCK_PRODUCERS = DescribedPredicate.describe(
            "are clock producers (@Produces a Clock, or are a Clock)", ClassRoles::isClockProducer);

    /** Commons' outbox relay: the one place that hands events to Kafka, after they were committed. */
    static final DescribedPredicate<JavaClass> OUTBOX_RELAY = DescribedPredicate.describe(
            "are commons' outbox relay", type -> type.getName()
                    .matches("org\\.partnercenter\\.commons\\.events\\.(OutboxRelay\\w*|RelayProducers)(\\$.*)?"));

    /**
     * The test kit's {@code TopicWriter}: in a service's tests it stands in for the other services' relays, publishing
     * their events as they would; no production class may use it.
     */
    static final DescribedPredicate<JavaClass> STAND_IN_PUBLISHER = DescribedPredicate.describe(
            "are the test kit's stand-in publisher", type -> type.getName()
                    .matches("org\\.partnercenter\\.testing\\.TopicWriter(\\$.*)?"));

    /** What sends a message straight to a broker: a Kafka producer, a messaging emitter or an @Outgoing channel. */
    static final DescribedPredicate<JavaClass> MESSAGE_SENDERS = DescribedPredicate.describe(
            "send messages (Kafka producer, Emitter, MutinyEmitter, @Outgoing)", ClassRoles::sendsMessages);

    private ClassRoles() {
    }

    static boolean isResource(JavaClass type) {
        return type.isAnnotatedWith(PATH) || namedAsAResource(type)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(PATH))
                || type.getEnclosingClass().map(ClassRoles::isResource).orElse(false);
    }

    private static boolean namedAsAResource(JavaClass type) {
        return type.getSimpleName().endsWith("Resource")
                && !type.isRecord() && !type.isEnum() && !type.isInterface() && !type.isAnnotation();
    }

    static boolean isClockProducer(JavaClass type) {
        return type.isAssignableTo(CLOCK)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(PRODUCES)
                        && method.getRawReturnType().isAssignableTo(CLOCK))
                || type.getFields().stream().anyMatch(field -> field.isAnnotatedWith(PRODUCES)
                        && field.getRawType().isAssignableTo(CLOCK));
    }

    static boolean sendsMessages(JavaClass type) {
        return type.getPackageName().startsWith("org.apache.kafka.clients.producer")
                || type.isAssignableTo("org.eclipse.microprofile.reactive.messaging.Emitter")
                || type.isAssignableTo("io.smallrye.reactive.messaging.MutinyEmitter")
                || type.isAssignableTo("io.smallrye.reactive.messaging.EmitterType")
                || type.getName().equals("org.eclipse.microprofile.reactive.messaging.Outgoing");
    }

    /** The service module a package belongs to, if any. */
    static Optional<String> serviceModule(String packageName) {
        return SERVICE_MODULES.stream().filter(module -> {
            String root = "org.partnercenter." + module;
            return packageName.equals(root) || packageName.startsWith(root + ".");
        }).findFirst();
    }

    /** The persistence API: JPA, Hibernate's sessions and queries, and Panache. */
    static boolean isPersistence(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith("jakarta.persistence") || name.startsWith("javax.persistence")
                || name.startsWith("org.hibernate") && !name.startsWith("org.hibernate.validator")
                || name.startsWith("io.quarkus.hibernate.orm") || name.startsWith("io.quarkus.hibernate.reactive");
    }
}
