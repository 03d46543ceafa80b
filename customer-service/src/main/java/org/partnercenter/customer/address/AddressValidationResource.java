package org.partnercenter.customer.address;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.request.Body;

@Path("/v1/validations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AddressValidationResource {

    private final AddressValidations validations;
    private final CallerContext callers;

    AddressValidationResource(AddressValidations validations, CallerContext callers) {
        this.validations = validations;
        this.callers = callers;
    }

    @POST
    @Path("/address")
    @Operation(summary = "Validate an address", description = "Checks the address against its country's rules "
            + "(GET /v1/countryvalidationrules/{country}), the ones customer creation and billing-profile updates "
            + "enforce. Answers 200 with status VerifiedShippable (suggestedAddresses: the address as stored), "
            + "InteractionRequired (validationMessage names the fields) or NotValidated (a country we do not sell in); "
            + "400 when the country is missing or not two letters.")
    @RequestBodySchema(Address.class)
    public AddressValidationResponse validate(Body<Address> address) {
        return validations.validate(callers.caller(), address);
    }
}
