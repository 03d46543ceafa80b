package org.partnercenter.deploy.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnercenter.deploy.demo.DemoCast.PlannedPartner;

/**
 * A partner organisation the demo registered, and what the later steps gave it (users, customers, usage records,
 * service requests, invoices).
 */
public final class DemoPartner {

    private final PlannedPartner plan;
    private final String tenantId;
    private final String providerTenantId;
    private final List<DemoUser> users = new ArrayList<>();
    private final List<DemoCustomer> customers = new ArrayList<>();
    private final List<DemoServiceRequest> serviceRequests = new ArrayList<>();
    private final Map<YearMonth, Integer> usageRecords = new HashMap<>();
    private final List<String> invoiceIds = new ArrayList<>();

    DemoPartner(PlannedPartner plan, String tenantId, String providerTenantId, DemoUser globalAdmin) {
        this.plan = plan;
        this.tenantId = tenantId;
        this.providerTenantId = providerTenantId;
        this.users.add(globalAdmin);
    }

    public String name() {
        return plan.name();
    }

    public String tenantId() {
        return tenantId;
    }

    /** As the API writes it: direct, indirect_provider or indirect_reseller. */
    public String partnerType() {
        return plan.partnerType();
    }

    /** The indirect provider of a reseller, else null. */
    public String providerTenantId() {
        return providerTenantId;
    }

    /** The global admin first. */
    public List<DemoUser> users() {
        return Collections.unmodifiableList(users);
    }

    public List<DemoCustomer> customers() {
        return Collections.unmodifiableList(customers);
    }

    public List<DemoServiceRequest> serviceRequests() {
        return Collections.unmodifiableList(serviceRequests);
    }

    /** How many usage records of the month the demo posted for the customers this partner created. */
    public int usageRecords(YearMonth month) {
        return usageRecords.getOrDefault(month, 0);
    }

    /** The invoices the demo's close of the previous month issued to this partner. */
    public List<String> invoiceIds() {
        return Collections.unmodifiableList(invoiceIds);
    }

    public DemoUser globalAdmin() {
        return users.get(0);
    }

    PlannedPartner plan() {
        return plan;
    }

    void addUser(DemoUser user) {
        users.add(user);
    }

    void addCustomer(DemoCustomer customer) {
        customers.add(customer);
    }

    void addServiceRequest(DemoServiceRequest serviceRequest) {
        serviceRequests.add(serviceRequest);
    }

    void countUsageRecord(YearMonth month) {
        usageRecords.merge(month, 1, Integer::sum);
    }

    void addInvoice(String invoiceId) {
        invoiceIds.add(invoiceId);
    }
}
