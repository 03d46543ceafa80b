package org.partnercenter.customer.usage;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.commons.sql.NativeValues;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.paging.SeekPosition;
import org.partnercenter.customer.usage.AzureUtilizationRecordView.InstanceData;
import org.partnercenter.customer.usage.AzureUtilizationRecordView.Resource;

/**
 * A subscription's usage totalled per period, meter, region and (with details) resource, in seek pages.
 * The sort keys are the grouping keys, so the seek condition filters rows before they are totalled.
 */
@ApplicationScoped
class UtilizationQuery {

    private static final TypeReference<Map<String, String>> TAGS = new TypeReference<>() {
    };

    /**
     * A meter's names from the price list in force at the record's first use in its period (superseded versions
     * aside), as billing prices it, else from the first version after it: usage recorded before any price list still
     * shows what its meter is.
     */
    private static final String IN_FORCE = "select e.name, e.category, e.subcategory from meter_catalogue_entry e "
            + "join meter_catalogue_version v on v.version_id = e.version_id where e.meter_id = lower(g.meter_id) "
            + "and not exists (select 1 from meter_catalogue_version s where s.supersedes = v.version_id) "
            + "order by v.effective_date > g.first_use, case when v.effective_date <= g.first_use then v.effective_date end "
            + "desc, v.effective_date, v.version_id limit 1";

    private final EntityManager em;

    UtilizationQuery(EntityManager em) {
        this.em = em;
    }

    record Range(UUID subscriptionId, Instant start, Instant end, Granularity granularity, boolean details) {
    }

    @SuppressWarnings("unchecked")
    Page<AzureUtilizationRecordView> fetch(Range range, PageRequest page) {
        String bucket = "date_trunc('" + range.granularity().truncation() + "', usage_start_time, 'UTC')";
        String resource = range.details() ? "coalesce(resource_uri, '')" : "''";
        String sql = "select g.*, n.name, n.category, n.subcategory from (select " + bucket + " as bucket, meter_id, "
                + "coalesce(region, '') as region, " + resource + " as resource, sum(quantity), min(unit), "
                + "min(tags::text), min(usage_start_time) as first_use from usage_record "
                + "where subscription_id = :subscription and usage_start_time >= :start and usage_start_time < :end"
                + (page.after().isPresent() ? " and (" + bucket + ", meter_id, coalesce(region, ''), " + resource
                        + ") > (:b, :m, :r, :u)" : "")
                + " group by 1, 2, 3, 4 order by 1, 2, 3, 4 limit :rows) g left join lateral (" + IN_FORCE
                + ") n on true order by 1, 2, 3, 4";
        var query = em.createNativeQuery(sql)
                .setParameter("subscription", range.subscriptionId())
                .setParameter("start", range.start().atOffset(ZoneOffset.UTC))
                .setParameter("end", range.end().atOffset(ZoneOffset.UTC))
                .setParameter("rows", page.size() + 1);
        page.after().ifPresent(after -> bind(query, after));
        List<Object[]> rows = query.getResultList();
        List<AzureUtilizationRecordView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), page.size()); i++) {
            items.add(view(rows.get(i), range));
        }
        Optional<SeekPosition> next = rows.size() > page.size()
                ? Optional.of(position(rows.get(page.size() - 1))) : Optional.empty();
        return new Page<>(items, next);
    }

    private static void bind(jakarta.persistence.Query query, SeekPosition after) {
        List<Object> v = after.typed(Instant.class, String.class, String.class, String.class);
        query.setParameter("b", ((Instant) v.get(0)).atOffset(ZoneOffset.UTC)).setParameter("m", v.get(1))
                .setParameter("r", v.get(2)).setParameter("u", v.get(3));
    }

    private static SeekPosition position(Object[] row) {
        return new SeekPosition(List.of(bucketOf(row).toInstant().toString(), (String) row[1], (String) row[2], (String) row[3]));
    }

    private static AzureUtilizationRecordView view(Object[] row, Range range) {
        OffsetDateTime start = bucketOf(row);
        OffsetDateTime end = range.granularity() == Granularity.DAILY ? start.plusDays(1) : start.plusHours(1);
        String region = ((String) row[2]).isEmpty() ? null : (String) row[2];
        InstanceData instance = range.details() ? new InstanceData(emptyToNull((String) row[3]), region, "", "",
                tags((String) row[6]), Map.of()) : null;
        Resource resource = new Resource((String) row[1], (String) row[8], (String) row[9], (String) row[10], region);
        return new AzureUtilizationRecordView(start, end, resource,
                (BigDecimal) row[4], (String) row[5], Map.of(), instance,
                ResourceAttributes.of(AzureUtilizationRecordView.OBJECT_TYPE));
    }

    private static OffsetDateTime bucketOf(Object[] row) {
        return NativeValues.instant(row[0]).atOffset(ZoneOffset.UTC);
    }

    private static Map<String, String> tags(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, TAGS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
