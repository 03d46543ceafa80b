package org.partnercenter.customer.address;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Body;

/** {@code POST /v1/validations/address}: the same check customer writes make, answered instead of enforced. */
@ApplicationScoped
public class AddressValidations {

    private final AddressRules rules;

    AddressValidations(AddressRules rules) {
        this.rules = rules;
    }

    public AddressValidationResponse validate(Caller caller, Body<Address> body) {
        caller.require(Access.SIGNED_IN);
        Address address = body.valid();
        AddressRules.Checked checked = rules.check(address.parts());
        ResourceAttributes attributes = ResourceAttributes.of(AddressValidationResponse.OBJECT_TYPE);
        if (checked.valid()) {
            return new AddressValidationResponse(address, List.of(address.with(checked.canonical())),
                    AddressValidationResponse.VERIFIED_SHIPPABLE, null, attributes);
        }
        String status = checked.rules().isEmpty() ? AddressValidationResponse.NOT_VALIDATED
                : AddressValidationResponse.INTERACTION_REQUIRED;
        return new AddressValidationResponse(address, List.of(), status, message(checked), attributes);
    }

    /** "Address field invalid for property: 'postalCode' ('1234' is not ...)", one entry per broken field. */
    private static String message(AddressRules.Checked checked) {
        return "Address field invalid for property: " + checked.problems().stream()
                .map(p -> "'" + p.field() + "' (" + p.message() + ")").collect(Collectors.joining(", "));
    }
}
