package org.partnercenter.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * The operator publishes the demo's price lists ({@link DemoPrices}: Azure and shared services) and one set of
 * exchange rates, all in force from the first day of the month the demo's usage starts in, so that every usage record
 * falls under them.
 */
final class PriceListStep implements DemoStep {

    @Override
    public String name() {
        return "a price list and exchange rates";
    }

    /** Skipped when pricing-service does not answer through the gateway (down, or not in this stack). */
    @Override
    public boolean available(DemoContext demo) throws IOException, InterruptedException {
        try {
            demo.gateway().get("/v1/pricelists?size=1", demo.operatorToken());
            return true;
        } catch (DemoFailure | IOException notAnswering) {
            return false;
        }
    }

    @Override
    public String load(DemoContext demo) throws IOException, InterruptedException {
        LocalDate effective = DemoPrices.effectiveDate(demo.clock());
        String token = demo.operatorToken();
        JsonNode version = demo.gateway().post("/v1/pricelists", token, DemoPrices.priceList(effective));
        int priced = version.path("meterCount").asInt();
        if (priced != DemoPrices.meterIds().size()) {
            throw new DemoFailure("pricing-service published " + priced + " of " + DemoPrices.meterIds().size()
                    + " demo meters");
        }
        JsonNode shared = demo.gateway().post("/v1/pricelists?kind=shared", token,
                DemoPrices.sharedPriceList(effective));
        demo.gateway().post("/v1/exchangerates", token, DemoPrices.exchangeRates(effective));
        return "a price list of " + priced + " meters, a shared-services list of " + shared.path("meterCount").asInt()
                + " and USD rates for "
                + String.join(", ", new TreeSet<>(DemoPrices.EXCHANGE_RATES.keySet())) + ", from " + effective;
    }
}
