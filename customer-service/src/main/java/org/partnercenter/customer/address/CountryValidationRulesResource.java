package org.partnercenter.customer.address;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;

@Path("/v1/countryvalidationrules")
@Produces(MediaType.APPLICATION_JSON)
public class CountryValidationRulesResource {

    private final CountryRulesCatalogue countries;
    private final CallerContext callers;

    CountryValidationRulesResource(CountryRulesCatalogue countries, CallerContext callers) {
        this.countries = countries;
        this.callers = callers;
    }

    @GET
    @Path("/{country}")
    @Operation(summary = "Get a country's validation rules", description = "States, postal-code and phone-number "
            + "expressions, cultures and languages of a country we sell in (its two-letter ISO code, any case): the "
            + "rules customer addresses must meet. 404 for a country we do not sell in.")
    public CountryValidationRules get(@PathParam("country") String country) {
        return countries.read(callers.caller(), country);
    }
}
