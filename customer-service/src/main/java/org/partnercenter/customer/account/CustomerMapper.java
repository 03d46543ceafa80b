package org.partnercenter.customer.account;

import java.util.List;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;
import org.partnercenter.customer.account.CustomerView.AddressView;
import org.partnercenter.customer.account.CustomerView.BillingProfileView;
import org.partnercenter.customer.account.CustomerView.CompanyProfileView;
import org.partnercenter.customer.account.CustomerView.RelationshipToPartner;
import org.partnercenter.customer.user.UserCredentials;
import org.partnercenter.events.customer.CustomerChanged;

/** Between the stored customer, its wire shapes and its event payload. */
public final class CustomerMapper {

    private CustomerMapper() {
    }

    public static CustomerView view(Customer c) {
        return view(c, null);
    }

    static CustomerView view(Customer c, UserCredentials credentials) {
        return new CustomerView(c.id, c.commerceId, companyProfile(c), billingProfile(c), RelationshipToPartner.RESELLER,
                Boolean.TRUE, c.resellerTenantId, List.of(), credentials, Links.self(selfUri(c)),
                ResourceAttributes.of(CustomerView.OBJECT_TYPE));
    }

    public static CompanyProfileView companyProfile(Customer c) {
        return new CompanyProfileView(c.id, c.domain, c.companyName, Links.self(selfUri(c) + "/profiles/company"),
                ResourceAttributes.of(CompanyProfileView.OBJECT_TYPE));
    }

    public static BillingProfileView billingProfile(Customer c) {
        AddressView address = new AddressView(c.country, c.city, c.state, c.addressLine1, c.addressLine2,
                c.postalCode, c.firstName, c.lastName, c.phoneNumber);
        return new BillingProfileView(c.billingProfileId, c.profileFirstName, c.profileLastName, c.email, c.culture,
                c.language, c.billingCompanyName, address, Links.self(selfUri(c) + "/profiles/billing"),
                new ResourceAttributes(BillingProfileView.OBJECT_TYPE, Etag.of(c.version)));
    }

    /** Copies a billing profile onto the customer; normalises the spellings clients vary in. */
    static void applyBillingProfile(Customer c, BillingProfileRequest p) {
        c.billingCompanyName = p.companyName().trim();
        c.email = p.email().trim();
        c.culture = p.culture().trim();
        c.language = p.language().trim().toLowerCase(java.util.Locale.ROOT);
        c.profileFirstName = p.contactFirstName();
        c.profileLastName = p.contactLastName();
        BillingProfileRequest.AddressRequest a = p.defaultAddress();
        c.firstName = a.firstName().trim();
        c.lastName = a.lastName().trim();
        c.addressLine1 = a.addressLine1().trim();
        c.addressLine2 = blankToNull(a.addressLine2());
        c.city = a.city().trim();
        c.state = blankToNull(a.state());
        c.postalCode = a.postalCode().trim();
        c.country = a.country().trim().toUpperCase(java.util.Locale.ROOT);
        c.phoneNumber = blankToNull(a.phoneNumber());
    }

    static CustomerChanged event(Customer c) {
        return new CustomerChanged(c.id, c.partnerTenantId, c.resellerTenantId, c.domain, c.companyName,
                c.country, c.culture, c.updatedAt);
    }

    static String selfUri(Customer c) {
        return "/customers/" + c.id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
