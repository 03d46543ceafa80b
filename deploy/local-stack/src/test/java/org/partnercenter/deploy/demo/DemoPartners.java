package org.partnercenter.deploy.demo;

import java.util.List;

/** Demo partners as the demo steps leave them, for tests of what the launcher reports about them. */
public final class DemoPartners {

    private DemoPartners() {
    }

    /** A partner whose global admin is the first of {@code users}. */
    public static DemoPartner registered(String name, String partnerType, String tenantId, String providerTenantId,
            List<DemoUser> users, List<DemoCustomer> customers) {
        DemoCast.PlannedPartner plan = new DemoCast.PlannedPartner(name.toLowerCase().replace(' ', '-'), name,
                partnerType, null, "US", "USD", null, List.of(), List.of());
        DemoPartner partner = new DemoPartner(plan, tenantId, providerTenantId, users.get(0));
        users.stream().skip(1).forEach(partner::addUser);
        customers.forEach(partner::addCustomer);
        return partner;
    }
}
