package org.partnercenter.customer.address;

import java.util.List;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code AddressValidationResponse}. {@code status} is one of the real values: VerifiedShippable when
 * the address meets its country's rules (its one suggestion is the address as the rules spell it),
 * InteractionRequired when it does not ({@code validationMessage} names the fields and why), NotValidated when the
 * country is not one we sell in. We check the rules of the address's form; we hold no register of streets.
 */
public record AddressValidationResponse(Address originalAddress, List<Address> suggestedAddresses, String status,
        String validationMessage, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "AddressValidationResponse";
    public static final String VERIFIED_SHIPPABLE = "VerifiedShippable";
    public static final String INTERACTION_REQUIRED = "InteractionRequired";
    public static final String NOT_VALIDATED = "NotValidated";
}
