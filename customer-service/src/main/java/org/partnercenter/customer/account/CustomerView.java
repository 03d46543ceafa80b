package org.partnercenter.customer.account;

import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.customer.user.UserCredentials;

/** The real API's {@code Customer} resource; {@code userCredentials} only in the answer to its creation. */
public record CustomerView(UUID id, UUID commerceId, CompanyProfileView companyProfile,
        BillingProfileView billingProfile, RelationshipToPartner relationshipToPartner, Boolean allowDelegatedAccess,
        UUID associatedPartnerId, List<String> customDomains, UserCredentials userCredentials, Links links,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Customer";

    /** How the calling partner relates to the customer. */
    public enum RelationshipToPartner {
        NONE,
        RESELLER,
        ADVISOR
    }

    public record CompanyProfileView(UUID tenantId, String domain, String companyName, Links links,
            ResourceAttributes attributes) {

        public static final String OBJECT_TYPE = "CustomerCompanyProfile";
    }

    public record BillingProfileView(UUID id, String firstName, String lastName, String email, String culture,
            String language, String companyName, AddressView defaultAddress, Links links,
            ResourceAttributes attributes) {

        public static final String OBJECT_TYPE = "CustomerBillingProfile";
    }

    public record AddressView(String country, String city, String state, String addressLine1, String addressLine2,
            String postalCode, String firstName, String lastName, String phoneNumber) {
    }
}
