package org.partnercenter.gateway.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.query.SearchFilter;
import org.partnercenter.gateway.customer.CustomerName;

/**
 * The audit log's search filter as a JPQL condition on the records ({@code e}), so that it applies before paging:
 * a customer id ignoring case (ids are GUIDs); a resource type as the change catalogue names it, in any case (one we
 * never record, such as {@code license}, finds nothing); a company name contained in the name of the record's
 * customer, in any case, when the record may show that name ({@link #mayShow}).
 */
final class AuditRecordSearch {

    private static final Pattern GUID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    private AuditRecordSearch() {
    }

    /**
     * @param everyName whether the caller reads every customer's name (the operator), not only those of the records'
     *        own partners
     */
    static String condition(SearchFilter<AuditSearchField> filter, boolean everyName, Map<String, Object> parameters) {
        switch (filter.field()) {
            case CUSTOMER_ID -> {
                parameters.put("customerId", filter.value().toLowerCase(Locale.ROOT));
                return "lower(e.customerId) = :customerId";
            }
            case RESOURCE_TYPE -> {
                return WireEnums.find(AuditResourceType.class, filter.value())
                        .map(type -> ChangeCatalog.resourceTypeCondition(type, "resourceType", parameters))
                        .orElse("1 = 0");
            }
            default -> {
                parameters.put("companyName", filter.likeSubstringPattern());
                return "exists (select 1 from CustomerName n where cast(n.customerId as String) = lower(e.customerId)"
                        + (everyName ? "" : " and (n.partnerTenantId = e.partnerTenantId"
                                + " or n.associatedPartnerId = e.partnerTenantId)")
                        + " and lower(n.companyName) like :companyName escape '\\')";
            }
        }
    }

    /** The customer a record names, when it names one by a GUID (the form customer-service's ids take). */
    static Optional<UUID> customerOf(AuditRecord record) {
        return record.customerId != null && GUID.matcher(record.customerId).matches()
                ? Optional.of(UUID.fromString(record.customerId.toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** Whether a record may show its customer's name: in Java, the rule {@link #condition} applies in SQL. */
    static boolean mayShow(CustomerName name, AuditRecord record, boolean everyName) {
        return everyName || name.visibleTo(record.partnerTenantId);
    }
}
