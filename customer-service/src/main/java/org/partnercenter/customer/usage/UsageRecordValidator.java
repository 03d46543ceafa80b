package org.partnercenter.customer.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.error.ValidationErrors;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.input.TextKind;
import org.partnercenter.customer.usage.UsageBatchRequest.Record;
import org.partnercenter.customer.usage.UsageBatchResult.Rejection;

/**
 * Checks every record of a batch and resolves its subscription in one query for the whole batch; a batch
 * of 10,000 records must not cost 10,000 lookups.
 */
@ApplicationScoped
class UsageRecordValidator {

    static final int MAX_ID_LENGTH = TextKind.IDENTIFIER.maxLength();

    private final EntityManager em;
    private final Validator kinds;

    UsageRecordValidator(EntityManager em, Validator kinds) {
        this.em = em;
        this.kinds = kinds;
    }

    record Outcome(List<AcceptedUsage> valid, List<String> repeatedInBatch, List<Rejection> rejected) {
    }

    record Owner(UUID customerId, UUID partnerTenantId, UUID resellerTenantId) {
    }

    Outcome check(List<Record> records) {
        Map<UUID, Owner> owners = owners(records);
        List<AcceptedUsage> valid = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            String problem = problem(r, owners);
            if (problem != null) {
                rejected.add(new Rejection(i, r == null ? null : Excerpt.of(r.id()), problem));
            } else if (!seen.add(r.id())) {
                repeated.add(r.id());
            } else {
                Owner owner = owners.get(UUID.fromString(r.subscriptionId().trim()));
                valid.add(new AcceptedUsage(r.id(), owner.customerId(), UUID.fromString(r.subscriptionId().trim()),
                        owner.partnerTenantId(), owner.resellerTenantId(), r.meterId().trim(), r.quantity(),
                        r.unit().trim(), r.usageStartTime().toInstant(), r.usageEndTime().toInstant(), r.region(),
                        r.resourceUri(), r.tags()));
            }
        }
        return new Outcome(valid, repeated, rejected);
    }

    private String problem(Record r, Map<UUID, Owner> owners) {
        if (r == null) {
            return "the record is null";
        }
        String unfit = unfitText(r);
        if (unfit != null) {
            return unfit;
        }
        if (blank(r.id()) || r.id().length() > MAX_ID_LENGTH) {
            return "id is required (at most " + MAX_ID_LENGTH + " characters)";
        }
        UUID customer = guid(r.customerId());
        UUID subscription = guid(r.subscriptionId());
        if (customer == null || subscription == null) {
            return "customerId and subscriptionId must be GUIDs";
        }
        Owner owner = owners.get(subscription);
        if (owner == null || !owner.customerId().equals(customer)) {
            return "subscription " + subscription + " is not a subscription of customer " + customer;
        }
        if (blank(r.meterId()) || blank(r.unit())) {
            return "meterId and unit are required";
        }
        if (r.quantity() == null || r.quantity().compareTo(BigDecimal.ZERO) < 0) {
            return "quantity must be a number of at least 0";
        }
        if (r.usageStartTime() == null || r.usageEndTime() == null || r.usageEndTime().isBefore(r.usageStartTime())) {
            return "usageStartTime and usageEndTime are required, and the end may not precede the start";
        }
        return null;
    }

    /** Every field longer than its kind allows (or not a GUID), named at once: {@code meterId: must be ...}. */
    private String unfitText(Record r) {
        Set<ConstraintViolation<Record>> violations = kinds.validate(r);
        return violations.isEmpty() ? null : String.join("; ", ValidationErrors.problems(violations));
    }

    private Map<UUID, Owner> owners(List<Record> records) {
        Set<UUID> ids = new HashSet<>();
        for (Record r : records) {
            UUID id = r == null ? null : guid(r.subscriptionId());
            if (id != null) {
                ids.add(id);
            }
        }
        Map<UUID, Owner> owners = new HashMap<>();
        if (ids.isEmpty()) {
            return owners;
        }
        List<Object[]> rows = em.createQuery("select s.id, c.id, c.partnerTenantId, c.resellerTenantId "
                        + "from Subscription s, Customer c where c.id = s.customerId and s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            owners.put((UUID) row[0], new Owner((UUID) row[1], (UUID) row[2], (UUID) row[3]));
        }
        return owners;
    }

    private static UUID guid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
