package org.partnercenter.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;

/**
 * The audit log's ResourceType filter in PostgreSQL against the catalogue in Java, on every rule's writes and on the
 * shapes near them (trailing slashes, capitals, empty and extra segments, other methods): the same records, always.
 */
@QuarkusTest
@GatewayTest
class ResourceTypeConditionTest {

    @Inject
    EntityManager em;

    @Test
    void shouldSelectExactlyTheRecordsTheCatalogueNamesWhenFilteringByEachResourceType() {
        // given a record of each write near each rule
        UUID partner = UUID.randomUUID();
        List<AuditRecord> records = new ArrayList<>();
        for (ChangeCatalog.Rule rule : ChangeCatalog.rules()) {
            String path = String.join("/", rule.segments()).replace("*", "Id-1");
            for (String variant : List.of(path, path + "/", path + "//", path.toUpperCase(Locale.ROOT),
                    path.replace("Id-1", ""), path + "/more", path.substring(0, path.lastIndexOf('/')))) {
                records.add(record(partner, rule.method(), variant));
                records.add(record(partner, rule.method().equals("POST") ? "PUT" : "POST", variant));
            }
        }
        records.add(record(partner, "POST", "/v1/pricelists/v-1/publish"));
        records.add(record(partner, "DELETE", "/v1/customers/"));
        QuarkusTransaction.requiringNew().run(() -> records.forEach(em::persist));

        // then each type's condition selects the records the catalogue names that type, and no other
        for (AuditResourceType type : AuditResourceType.values()) {
            List<Long> expected = records.stream()
                    .filter(r -> ChangeCatalog.of(r.method, r.path).resourceType() == type).map(r -> r.id).toList();
            Map<String, Object> parameters = new HashMap<>();
            String condition = ChangeCatalog.resourceTypeCondition(type, "type", parameters);
            List<Long> selected = QuarkusTransaction.requiringNew().call(() -> {
                var query = em.createQuery("select e.id from AuditRecord e where e.partnerTenantId = :partner and "
                        + condition, Long.class).setParameter("partner", partner);
                parameters.forEach(query::setParameter);
                return query.getResultList();
            });
            assertThat(selected).as(type.wire()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static AuditRecord record(UUID partner, String method, String path) {
        AuditRecord record = new AuditRecord();
        record.partnerTenantId = partner;
        record.method = method;
        record.path = path;
        record.status = 200;
        record.occurredAt = Instant.parse("2026-01-01T00:00:00Z");
        return record;
    }
}
