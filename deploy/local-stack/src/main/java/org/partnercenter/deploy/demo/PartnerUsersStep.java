package org.partnercenter.deploy.demo;

import java.io.IOException;
import java.util.Map;
import org.partnercenter.deploy.demo.DemoCast.PlannedUser;

/**
 * Each partner's global admin adds its colleagues, created in the partner's tenant of the identity
 * provider, and grants them their roles through {@code /v1/users}, as a partner's own admin would.
 */
final class PartnerUsersStep implements DemoStep {

    @Override
    public String name() {
        return "partner users";
    }

    @Override
    public String load(DemoContext demo) throws IOException, InterruptedException {
        int users = 0;
        int grants = 0;
        for (DemoPartner partner : demo.partners()) {
            String adminToken = demo.globalAdminToken(partner);
            for (PlannedUser planned : partner.plan().users()) {
                if (planned == partner.plan().globalAdmin()) {
                    continue; // registered with the partner
                }
                DemoUser user = demo.accounts().create(partner.tenantId(),
                        partner.plan().userPrincipalName(planned), planned.roles());
                demo.gateway().post("/v1/users", adminToken,
                        Map.of("id", user.objectId(), "userPrincipalName", user.userPrincipalName()));
                for (String role : user.roles()) {
                    demo.gateway().post("/v1/users/" + user.objectId() + "/roles", adminToken, Map.of("id", role));
                    grants++;
                }
                partner.addUser(user);
                users++;
            }
        }
        return users + " users besides the global admins, " + grants + " role grants";
    }
}
