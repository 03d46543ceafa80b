package org.partnercenter.customer.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds {@code POST /v1/customers} bodies in the docs' PascalCase shape, valid unless told otherwise. */
public final class CustomerBodies {

    private final Map<String, Object> address = new LinkedHashMap<>();
    private final Map<String, Object> billing = new LinkedHashMap<>();
    private final Map<String, Object> company = new LinkedHashMap<>();
    private final Map<String, Object> body = new LinkedHashMap<>();

    private CustomerBodies() {
        address.put("FirstName", "Tess");
        address.put("LastName", "Tester");
        address.put("AddressLine1", "One Microsoft Way");
        address.put("City", "Redmond");
        address.put("State", "WA");
        address.put("PostalCode", "98052");
        address.put("Country", "US");
        billing.put("CompanyName", "Contoso");
        billing.put("Email", "billing@contoso.test");
        billing.put("Culture", "EN-US");
        billing.put("Language", "En");
        billing.put("DefaultAddress", address);
        company.put("Domain", uniqueDomain());
        body.put("CompanyProfile", company);
        body.put("BillingProfile", billing);
    }

    public static CustomerBodies customer() {
        return new CustomerBodies();
    }

    public static String uniqueDomain() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".onmicrosoft.com";
    }

    public CustomerBodies companyName(String name) {
        billing.put("CompanyName", name);
        return this;
    }

    public CustomerBodies domain(String domain) {
        company.put("Domain", domain);
        return this;
    }

    public CustomerBodies associatedPartnerId(UUID reseller) {
        body.put("AssociatedPartnerId", reseller);
        return this;
    }

    public CustomerBodies billing(String field, Object value) {
        billing.put(field, value);
        return this;
    }

    public CustomerBodies address(String field, Object value) {
        address.put(field, value);
        return this;
    }

    public CustomerBodies without(String field) {
        body.remove(field);
        billing.remove(field);
        address.remove(field);
        company.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }

    /** The billing profile alone, as a PUT sends it. */
    public Map<String, Object> billingProfile() {
        return billing;
    }
}
