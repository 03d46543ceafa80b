package org.partnercenter.support.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.request.Body;

/** The support-topic catalogue: the default set from the migration, plus the operator's additions. */
@ApplicationScoped
public class SupportTopics {

    private final EntityManager em;
    private final Clock clock;

    SupportTopics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The catalogue as a caller reads it. */
    @Transactional
    public List<SupportTopic> all(Caller caller) {
        caller.refuseResellers(ProviderFeature.SERVICE_REQUESTS);
        caller.require(Access.SERVICE_REQUEST_READ);
        return em.createQuery("select t from SupportTopic t order by t.id", SupportTopic.class).getResultList();
    }

    @Transactional
    public Optional<SupportTopic> find(long id) {
        return Optional.ofNullable(em.find(SupportTopic.class, id));
    }

    @Transactional
    public SupportTopic add(Caller caller, Body<SupportTopicRequest> body) {
        caller.refuseResellers(ProviderFeature.SERVICE_REQUESTS);
        caller.require(Access.SUPPORT_TOPIC_WRITE);
        SupportTopicRequest request = body.valid();
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
