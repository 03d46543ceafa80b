package org.partnercenter.deploy.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnercenter.deploy.demo.Accounts.NewAccount;
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
        List<DemoPartner> owners = new ArrayList<>();
        List<NewAccount> accounts = new ArrayList<>();
        for (DemoPartner partner : demo.partners()) {
            for (PlannedUser planned : partner.plan().users()) {
                if (planned != partner.plan().globalAdmin()) { // the global admin came with the partner
                    owners.add(partner);
                    accounts.add(new NewAccount(partner.tenantId(), partner.plan().userPrincipalName(planned),
                            planned.roles()));
                }
            }
        }
        List<DemoUser> users = demo.accounts().createAll(accounts);
        int grants = 0;
        for (int i = 0; i < users.size(); i++) {
            DemoPartner partner = owners.get(i);
            DemoUser user = users.get(i);
            String adminToken = demo.globalAdminToken(partner);
            demo.gateway().post("/v1/users", adminToken,
                    Map.of("id", user.objectId(), "userPrincipalName", user.userPrincipalName()));
            for (String role : user.roles()) {
                demo.gateway().post("/v1/users/" + user.objectId() + "/roles", adminToken, Map.of("id", role));
                grants++;
            }
            partner.addUser(user);
        }
        return users.size() + " users besides the global admins, " + grants + " role grants";
    }
}
