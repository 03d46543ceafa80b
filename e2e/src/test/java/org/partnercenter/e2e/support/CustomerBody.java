package org.partnercenter.e2e.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds a {@code POST /v1/customers} body in the documentation's PascalCase shape, valid unless told otherwise. */
public final class CustomerBody {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Object> billing = new LinkedHashMap<>();
    private final Map<String, Object> company = new LinkedHashMap<>();

    private CustomerBody(String companyName) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("FirstName", "Tess");
        address.put("LastName", "Tester");
        address.put("AddressLine1", "One Microsoft Way");
        address.put("City", "Redmond");
        address.put("State", "WA");
        address.put("PostalCode", "98052");
        address.put("Country", "US");
        billing.put("CompanyName", companyName);
        billing.put("Email", "billing@" + companyName.toLowerCase().replace(' ', '-') + ".example");
        billing.put("Culture", "EN-US");
        billing.put("Language", "En");
        billing.put("DefaultAddress", address);
        company.put("Domain", uniqueDomain());
        body.put("CompanyProfile", company);
        body.put("BillingProfile", billing);
    }

    public static CustomerBody customer(String companyName) {
        return new CustomerBody(companyName);
    }

    /** Domains are unique across the whole system, and the suite may run against a stack that ran it before. */
    public static String uniqueDomain() {
        return "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".onmicrosoft.com";
    }

    public CustomerBody domain(String domain) {
        company.put("Domain", domain);
        return this;
    }

    /** An indirect provider creating the customer for one of its resellers. */
    public CustomerBody forReseller(String resellerTenantId) {
        body.put("AssociatedPartnerId", resellerTenantId);
        return this;
    }

    public String domain() {
        return (String) company.get("Domain");
    }

    /** The billing profile alone, as {@code PUT /v1/customers/{id}/profiles/billing} takes it. */
    public Map<String, Object> billingProfile() {
        return billing;
    }

    public Map<String, Object> build() {
        return body;
    }
}
