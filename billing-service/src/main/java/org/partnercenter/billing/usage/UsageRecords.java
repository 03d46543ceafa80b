package org.partnercenter.billing.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import org.hibernate.Session;
import org.partnercenter.billing.period.BillingPeriod;
import org.partnercenter.billing.period.PartnerLocks;
import org.partnercenter.billing.rating.RatingBacklog;
import org.partnercenter.billing.rating.RatingGroup;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.events.customer.UsageRecorded;

/**
 * Stores the usage records of {@code usage.recorded} events and queues their groups for rating, in one
 * transaction. A record already held (customer-service deduplicates, but a replay repeats) is kept as it is.
 */
@ApplicationScoped
public class UsageRecords {

    private static final String INSERT = "insert into usage_record (customer_id, record_id, partner_tenant_id, "
            + "reseller_tenant_id, subscription_id, meter_id, quantity, unit, usage_start, usage_end, usage_date, "
            + "period, region, resource_uri, tags, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "cast(? as jsonb), ?) on conflict (customer_id, record_id) do nothing";

    private final EntityManager em;
    private final Clock clock;
    private final ObjectMapper json;
    private final RatingBacklog backlog;
    private final PartnerLocks partnerLocks;

    UsageRecords(EntityManager em, Clock clock, ObjectMapper json, RatingBacklog backlog, PartnerLocks partnerLocks) {
        this.em = em;
        this.clock = clock;
        this.json = json;
        this.backlog = backlog;
        this.partnerLocks = partnerLocks;
    }

    /**
     * Stores the records of a batch of {@code usage.recorded} events, one JDBC batch, and queues their groups.
     *
     * @throws IllegalArgumentException for an event whose records cannot be rated: the batch is then applied event
     *         by event, and that one parked (no retry mends it)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(List<EventEnvelope> events) {
        List<UsageRecorded> recorded = events.stream().map(UsageRecords::checked).toList();
        Instant now = clock.instant();
        Map<UUID, Partner> owners = new HashMap<>();
        recorded.forEach(data -> owners.computeIfAbsent(data.partnerTenantId(), id -> em.find(Partner.class, id)));
        Map<UsageRecorded, InvoicedPartner> payers = new IdentityHashMap<>();
        recorded.forEach(data -> payers.put(data, InvoicedPartner.of(data.partnerTenantId(),
                data.associatedPartnerId(), owners.get(data.partnerTenantId()))));
        // A record stored while its partner's close counts would be neither on the invoice nor counted as unbilled.
        partnerLocks.shareAll(payers.values().stream().map(InvoicedPartner::partnerTenantId).toList());
        List<RatingGroup> groups = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (UsageRecorded data : recorded) {
                    for (UsageRecorded.RecordedUsage record : data.records()) {
                        LocalDate day = bind(insert, data, payers.get(data), record, now);
                        groups.add(new RatingGroup(record.subscriptionId(), meterId(record.meterId()),
                                BillingPeriod.of(day).id(), day));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        backlog.queue(groups);
    }

    private static UsageRecorded checked(EventEnvelope event) {
        UsageRecorded data = EventJson.data(event, CustomerServiceEvents.USAGE_RECORDED);
        if (data.customerId() == null || data.partnerTenantId() == null || data.records() == null) {
            throw new IllegalArgumentException("usage event " + event.id() + " names no customer, partner or records");
        }
        data.records().forEach(record -> check(event, record));
        return data;
    }

    /** @return the record's UTC day */
    private LocalDate bind(PreparedStatement insert, UsageRecorded data, InvoicedPartner payer,
            UsageRecorded.RecordedUsage record, Instant now) throws SQLException {
        LocalDate day = LocalDate.ofInstant(record.usageStartTime(), ZoneOffset.UTC);
        int i = 0;
        insert.setObject(++i, data.customerId());
        insert.setString(++i, record.id());
        insert.setObject(++i, payer.partnerTenantId());
        insert.setObject(++i, payer.resellerTenantId());
        insert.setObject(++i, record.subscriptionId());
        insert.setString(++i, meterId(record.meterId()));
        insert.setBigDecimal(++i, record.quantity());
        insert.setString(++i, record.unit());
        insert.setTimestamp(++i, Timestamp.from(record.usageStartTime()));
        insert.setTimestamp(++i, record.usageEndTime() == null ? null : Timestamp.from(record.usageEndTime()));
        insert.setObject(++i, day);
        insert.setString(++i, BillingPeriod.of(day).id());
        insert.setString(++i, record.region());
        insert.setString(++i, record.resourceUri());
        insert.setString(++i, tags(record));
        insert.setTimestamp(++i, Timestamp.from(now));
        return day;
    }

    /** Price lists name meters by GUID in lower case; usage may carry them in either case. */
    public static String meterId(String sent) {
        return sent.trim().toLowerCase(Locale.ROOT);
    }

    private static void check(EventEnvelope event, UsageRecorded.RecordedUsage record) {
        if (record.id() == null || record.subscriptionId() == null || record.meterId() == null
                || record.quantity() == null || record.quantity().signum() < 0 || record.usageStartTime() == null) {
            throw new IllegalArgumentException("usage event " + event.id() + " has a record without id, subscription, "
                    + "meter, start or a non-negative quantity: " + record.id());
        }
    }

    private String tags(UsageRecorded.RecordedUsage record) {
        try {
            return record.tags() == null ? null : json.writeValueAsString(record.tags());
        } catch (Exception e) {
            throw new IllegalArgumentException("usage record " + record.id() + " has tags that cannot be stored", e);
        }
    }
}
