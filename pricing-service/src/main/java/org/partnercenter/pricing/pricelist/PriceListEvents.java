package org.partnercenter.pricing.pricelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.events.pricing.PriceListMeters;
import org.partnercenter.events.pricing.PriceListPublished;
import org.partnercenter.events.pricing.PricingServiceEvents;

/**
 * Writes a version's events into the outbox, inside its publish transaction: its meters in ordered chunks, then its
 * announcement, all keyed by its currency so that they stay in this order on the topic.
 */
@ApplicationScoped
class PriceListEvents {

    /**
     * Chunks per outbox batch: one JDBC batch each, and the envelopes of one batch (JSON trees, several times their
     * text) are garbage before the next is built, so a 200,000-meter version never holds them all at once.
     */
    static final int CHUNKS_PER_BATCH = 16;

    private final Outbox outbox;

    PriceListEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void publish(PriceListVersion version, UUID supersedes, List<List<PriceListMeters.Meter>> chunks) {
        String key = version.currency;
        String subject = version.id.toString();
        List<OutgoingEvent> batch = new ArrayList<>(CHUNKS_PER_BATCH);
        for (int index = 0; index < chunks.size(); index++) {
            batch.add(OutgoingEvent.of(PricingServiceEvents.PRICE_LIST_METERS, key, subject,
                    new PriceListMeters(version.id, version.effectiveDate, version.currency, supersedes, index,
                            chunks.size(), chunks.get(index))));
            if (batch.size() == CHUNKS_PER_BATCH) {
                outbox.publishAll(batch);
                batch.clear();
            }
        }
        batch.add(OutgoingEvent.of(PricingServiceEvents.PRICE_LIST_PUBLISHED, key, subject,
                new PriceListPublished(version.id, version.effectiveDate, version.currency, version.meterCount,
                        supersedes)));
        outbox.publishAll(batch);
    }
}
