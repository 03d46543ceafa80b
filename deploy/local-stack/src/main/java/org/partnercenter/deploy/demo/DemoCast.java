package org.partnercenter.deploy.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who the demo data is about: one partner of each type, with users in each role a partner hands out, and
 * customers named after the fictional companies of Microsoft's own documentation. Providers come before
 * their resellers, which are registered under them.
 */
final class DemoCast {

    record PlannedUser(String name, List<String> roles) {
    }

    /** @param resellerSlug the reseller an indirect provider creates this customer for, or null */
    record PlannedCustomer(String companyName, String resellerSlug) {
    }

    /** A partner's postal address as registration takes it (its statements print it); null: none registered. */
    record PlannedAddress(String addressLine1, String city, String postalCode, String country) {

        Map<String, String> body() {
            return Map.of("addressLine1", addressLine1, "city", city, "postalCode", postalCode, "country", country);
        }
    }

    record PlannedPartner(String slug, String name, String partnerType, String providerSlug, String country,
            String currency, PlannedAddress address, List<PlannedUser> users, List<PlannedCustomer> customers) {

        /** The first user is the partner's global admin, registered with the partner itself. */
        PlannedUser globalAdmin() {
            return users.get(0);
        }

        String userPrincipalName(PlannedUser user) {
            return user.name() + "@" + slug + ".partner-center.local";
        }
    }

    static final List<PlannedPartner> PARTNERS = List.of(
            new PlannedPartner("contoso", "Contoso Cloud Services", "direct", null, "US", "USD",
                    new PlannedAddress("1 Contoso Way", "Redmond", "98052", "US"),
                    users(user("adele", "admin_agent"), user("sam", "sales_agent"), user("hana", "helpdesk_agent"),
                            user("bill", "billing_admin")),
                    List.of(own("Adventure Works Cycles"), own("Litware Inc"), own("Proseware Inc"))),
            new PlannedPartner("fabrikam", "Fabrikam Distribution", "indirect_provider", null, "NL", "EUR",
                    new PlannedAddress("Keizersgracht 100", "Amsterdam", "1015 CX", "NL"),
                    users(user("agnes", "admin_agent", "billing_admin"), user("ulrich", "user_admin")),
                    List.of(own("Wide World Importers"), new PlannedCustomer("Alpine Ski House", "northwind"),
                            new PlannedCustomer("Coho Winery", "tailspin"))),
            new PlannedPartner("northwind", "Northwind Traders IT", "indirect_reseller", "fabrikam", "NL", "EUR",
                    new PlannedAddress("Damrak 1", "Amsterdam", "1012 LG", "NL"),
                    users(user("sven", "sales_agent")),
                    List.of(own("Fourth Coffee"))),
            new PlannedPartner("tailspin", "Tailspin Toys Solutions", "indirect_reseller", "fabrikam", "DE", "EUR",
                    new PlannedAddress("Unter den Linden 5", "Berlin", "10117", "DE"),
                    users(user("heidi", "helpdesk_agent"), user("anton", "admin_agent")),
                    List.of(own("Margie's Travel"), own("Trey Research"))));

    private DemoCast() {
    }

    private static List<PlannedUser> users(PlannedUser... others) {
        List<PlannedUser> all = new ArrayList<>();
        all.add(user("admin", "global_admin"));
        all.addAll(List.of(others));
        return List.copyOf(all);
    }

    private static PlannedUser user(String name, String... roles) {
        return new PlannedUser(name, List.of(roles));
    }

    private static PlannedCustomer own(String companyName) {
        return new PlannedCustomer(companyName, null);
    }
}
