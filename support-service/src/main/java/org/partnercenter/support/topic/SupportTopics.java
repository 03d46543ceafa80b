package org.partnercenter.support.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.support.access.Bodies;
import org.partnercenter.support.access.SupportAccess;

/** The support-topic catalogue: the default set from the migration, plus the operator's additions. */
@ApplicationScoped
public class SupportTopics {

    private final EntityManager em;
    private final Clock clock;
    private final Bodies bodies;

    SupportTopics(EntityManager em, Clock clock, Bodies bodies) {
        this.em = em;
        this.clock = clock;
        this.bodies = bodies;
    }

    @Transactional
    public List<SupportTopic> all() {
        return em.createQuery("select t from SupportTopic t order by t.id", SupportTopic.class).getResultList();
    }

    @Transactional
    public Optional<SupportTopic> find(long id) {
        return Optional.ofNullable(em.find(SupportTopic.class, id));
    }

    @Transactional
    public SupportTopic add(Caller caller, SupportTopicRequest request) {
        SupportAccess.manageTopics(caller);
        bodies.valid("request", request);
        String name = request.name().trim();
        // One statement, so that two operators adding the same name at once get a 409, not a 500.
        List<?> inserted = em.createNativeQuery("insert into support_topic (id, name, description, created_at) "
                        + "values (nextval('support_topic_id_seq'), ?1, ?2, ?3) on conflict do nothing returning id")
                .setParameter(1, name).setParameter(2, request.description().trim())
                .setParameter(3, clock.instant()).getResultList();
        if (inserted.isEmpty()) {
            throw ApiException.conflict("A support topic named '" + name + "' already exists: choose another name, "
                    + "or use the existing topic's id.");
        }
        SupportTopic topic = em.find(SupportTopic.class, ((Number) inserted.get(0)).longValue());
        return topic;
    }
}
