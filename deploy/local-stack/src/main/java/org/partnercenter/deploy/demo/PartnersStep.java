package org.partnercenter.deploy.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.partnercenter.deploy.demo.Accounts.NewAccount;
import org.partnercenter.deploy.demo.DemoCast.PlannedPartner;

/**
 * The operator registers each partner of the cast: a new tenant, whose global admin is created in the
 * identity provider first, as a partner's Azure AD tenant exists before it joins the programme.
 */
final class PartnersStep implements DemoStep {

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public String load(DemoContext demo) throws IOException, InterruptedException {
        List<NewAccount> admins = new ArrayList<>();
        for (PlannedPartner planned : DemoCast.PARTNERS) {
            admins.add(new NewAccount(UUID.randomUUID().toString(), planned.userPrincipalName(planned.globalAdmin()),
                    planned.globalAdmin().roles()));
        }
        List<DemoUser> created = demo.accounts().createAll(admins);
        for (int i = 0; i < DemoCast.PARTNERS.size(); i++) {
            PlannedPartner planned = DemoCast.PARTNERS.get(i);
            DemoUser admin = created.get(i);
            String providerTenantId = planned.providerSlug() == null ? null
                    : demo.partner(planned.providerSlug()).tenantId();
            demo.gateway().post("/v1/partners", demo.operatorToken(),
                    registration(planned, providerTenantId, admin, demo));
            demo.add(new DemoPartner(planned, admin.tenantId(), providerTenantId, admin));
        }
        Map<String, Long> byType = demo.partners().stream()
                .collect(Collectors.groupingBy(DemoPartner::partnerType, LinkedHashMap::new, Collectors.counting()));
        return demo.partners().size() + " partners " + byType;
    }

    /** MFA stays required, as for real partners: the provider's password grant answers tokens with mfa in amr. */
    private static Map<String, Object> registration(PlannedPartner planned, String providerTenantId, DemoUser admin,
            DemoContext demo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenantId", admin.tenantId());
        body.put("name", planned.name());
        body.put("partnerType", planned.partnerType());
        body.put("globalAdmin", Map.of("objectId", admin.objectId(), "userPrincipalName", admin.userPrincipalName()));
        if (providerTenantId != null) {
            body.put("providerTenantId", providerTenantId);
        }
        body.put("mpnId", Integer.toString(1_000_000 + demo.random().nextInt(9_000_000)));
        body.put("country", planned.country());
        body.put("currency", planned.currency());
        if (planned.address() != null) {
            body.put("address", planned.address().body());
        }
        return body;
    }
}
