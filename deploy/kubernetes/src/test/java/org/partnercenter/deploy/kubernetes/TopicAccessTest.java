package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every topic an app produces or consumes is declared, and its KafkaUser is granted exactly what it uses. */
class TopicAccessTest {

    static final List<String> APPS = Repository.APPS;

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldDeclareAKafkaTopicWhenAnAppUsesIt(String app) {
        AppConfig config = AppConfig.of(app);
        Set<String> used = new TreeSet<>(Producers.topicsOf(app));
        used.addAll(config.consumedTopics());

        assertThat(declaredTopics()).as("KafkaTopics (kafka/topics.yaml)").containsAll(used);
    }

    @Test
    void shouldDeclareEveryCatalogueTopicWhenNoAppConsumesIt() {
        assertThat(declaredTopics()).containsExactlyInAnyOrderElementsOf(Producers.allTopics());
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldGrantExactlyWhatTheAppUsesWhenItsUserIsDeclared(String app) {
        AppConfig config = AppConfig.of(app);
        Set<String> expected = new TreeSet<>();
        Producers.topicsOf(app).forEach(t -> expected.add("topic " + t + " [DESCRIBE, WRITE]"));
        config.consumedTopics().forEach(t -> expected.add("topic " + t + " [DESCRIBE, READ]"));
        config.consumerGroups().forEach(g -> expected.add("group " + g + " [READ]"));

        KafkaUser user = Manifests.kafka().require(KafkaUser.class, app);

        assertThat(UserGrants.of(user)).as("ACLs of KafkaUser %s (kafka/users.yaml)", app)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldAuthenticateWithScramWhenTheAppConnects(String app) {
        KafkaUser user = Manifests.kafka().require(KafkaUser.class, app);

        assertThat(user.getSpec().getAuthentication().getType()).isEqualTo("scram-sha-512");
    }

    private static Set<String> declaredTopics() {
        Set<String> names = new TreeSet<>();
        for (KafkaTopic topic : Manifests.kafka().all(KafkaTopic.class)) {
            names.add(topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName()
                    : topic.getMetadata().getName());
        }
        return names;
    }
}
