package org.partnercenter.pricing.charge;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;

/**
 * Rating for billing, as a read: it changes nothing, so it is a GET, which the gateway lets every pricing reader call
 * (a POST under /v1/pricelists would be an operator-only write there).
 */
@Path("/v1/pricelists/charges")
@Produces(MediaType.APPLICATION_JSON)
public class ChargeResource {

    private final ChargeService charges;
    private final CallerContext callers;

    ChargeResource(ChargeService charges, CallerContext callers) {
        this.charges = charges;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Charge usage of a meter", description = "meterId, quantity, usageTime, currency (default "
            + "USD), consumedQuantity (this meter's quantity earlier in the billing period, default 0). Priced with "
            + "the version and exchange rate in force at usageTime; included quantity first, then tiers by the "
            + "period's cumulative quantity; exact decimals, rounded once to the currency's minor units, half-even.")
    public Response charge(@QueryParam("meterId") String meterId, @QueryParam("quantity") String quantity,
            @QueryParam("usageTime") String usageTime, @QueryParam("currency") String currency,
            @QueryParam("consumedQuantity") String consumedQuantity) {
        return Response.ok(charges.charge(callers.caller(),
                () -> ChargeQuery.parse(meterId, quantity, usageTime, currency, consumedQuantity))).build();
    }
}
