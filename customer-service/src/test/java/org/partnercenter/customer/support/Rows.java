package org.partnercenter.customer.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

/** Rows written straight into customer-service's tables, where the API would be too slow to fill a page. */
public final class Rows {

    private Rows() {
    }

    /** Many customers of one partner at once, for paging tests (the API would take too long to fill a page). */
    public static void insertCustomers(java.util.UUID partnerTenantId, int count, String namePrefix) {
        QuarkusTransaction.requiringNew().run(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("insert into customer (id, commerce_id, partner_tenant_id, domain, company_name, "
                        + "billing_profile_id, email, culture, language, billing_company_name, profile_first_name, "
                        + "profile_last_name, first_name, last_name, "
                        + "address_line1, city, postal_code, country, created_at, updated_at) "
                        + "select gen_random_uuid(), gen_random_uuid(), ?1, 'd' || replace(gen_random_uuid()::text, '-', '') "
                        + "|| '.onmicrosoft.com', ?2 || lpad(n::text, 5, '0'), gen_random_uuid(), 'b@x.test', 'en-US', "
                        + "'en', 'x', 'f', 'l', 'f', 'l', 'a', 'c', 'p', 'US', now(), now() from generate_series(1, ?3) n")
                .setParameter(1, partnerTenantId).setParameter(2, namePrefix).setParameter(3, count)
                .executeUpdate());
    }
}
