package org.partnercenter.deploy.kubernetes;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.util.ArrayList;
import java.util.List;

/** A KafkaUser's ACLs as "topic|group <name> [operations, sorted]", one entry a rule. */
final class UserGrants {

    private UserGrants() {
    }

    static List<String> of(KafkaUser user) {
        if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
            throw new AssertionError("KafkaUser " + user.getMetadata().getName() + " has no simple authorization");
        }
        List<String> grants = new ArrayList<>();
        for (AclRule rule : simple.getAcls()) {
            String operations = rule.getOperations().stream().map(Object::toString).sorted().toList().toString();
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                grants.add("topic " + topic.getName() + " " + operations + literal(topic.getPatternType()));
            } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                grants.add("group " + group.getName() + " " + operations + literal(group.getPatternType()));
            } else {
                grants.add("other " + rule.getResource() + " " + operations);
            }
        }
        return grants;
    }

    /** A prefix pattern grants more than the one topic or group it names: shown, so that it fails the check. */
    private static String literal(Object patternType) {
        return patternType == null || patternType.toString().equalsIgnoreCase("literal") ? "" : " " + patternType;
    }
}
