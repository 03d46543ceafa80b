package org.partnercenter.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operator closes the previous month (UTC) for every demo partner that is invoiced, once billing has rated all of
 * that month's usage the demo posted for it, and follows each close to its end: a newcomer finds an invoice at once.
 * An indirect reseller is not invoiced (billing refuses to close one). A month closed again issues nothing new, so a
 * second load into the same stack is harmless.
 */
final class InvoicesStep implements DemoStep {

    /** Far above what billing needs to rate a month of demo usage (seconds). */
    private static final Duration RATING_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "the previous month's invoices";
    }

    /** Skipped when billing-service does not answer through the gateway. */
    @Override
    public boolean available(DemoContext demo) throws IOException, InterruptedException {
        try {
            demo.gateway().get("/v1/billingperiods?size=1", demo.operatorToken());
            return true;
        } catch (DemoFailure | IOException notAnswering) {
            return false;
        }
    }

    @Override
    public String load(DemoContext demo) throws IOException, InterruptedException {
        YearMonth month = YearMonth.now(demo.clock().withZone(ZoneOffset.UTC)).minusMonths(1);
        List<String> issued = new ArrayList<>();
        for (DemoPartner partner : demo.partners()) {
            // A provider pays for its resellers' own customers too: billing invoices their usage to it.
            int records = demo.partners().stream().filter(owner -> owner == partner
                    || partner.tenantId().equals(owner.providerTenantId())).mapToInt(owner -> owner.usageRecords(month))
                    .sum();
            if (partner.partnerType().equals("indirect_reseller") || records == 0) {
                continue;
            }
            awaitRated(demo, partner, month, records);
            new PeriodClose(demo).close(month, partner);
            for (JsonNode invoice : demo.gateway().get("/v1/invoices?period=" + month + "&partnerTenantId="
                    + partner.tenantId(), demo.operatorToken()).path("items")) {
                partner.addInvoice(invoice.path("id").asText());
                issued.add(invoice.path("id").asText() + " (" + partner.name() + ", "
                        + invoice.path("totalCharges").asText() + " " + invoice.path("currencyCode").asText() + ")");
            }
        }
        return issued.size() + " invoices of " + month + ": " + String.join(", ", issued);
    }

    /**
     * Until billing shows a rated line for every record of the month (one a subscription, meter and day): a record
     * still held when the close runs would be billed a month late.
     */
    private static void awaitRated(DemoContext demo, DemoPartner partner, YearMonth month, int records)
            throws IOException, InterruptedException {
        String lines = "/v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=usagelineitems"
                + "&period=previous&size=2000&currencycode=" + partner.plan().currency() + "&partnerTenantId="
                + partner.tenantId();
        long deadline = System.nanoTime() + RATING_TIMEOUT.toNanos();
        int rated;
        while ((rated = demo.gateway().get(lines, demo.operatorToken()).path("items").size()) < records) {
            if (System.nanoTime() > deadline) {
                throw new DemoFailure("billing rated " + rated + " of the " + records + " usage records of " + month
                        + " for " + partner.name() + " within " + RATING_TIMEOUT.toSeconds() + " s; waiting: "
                        + unrated(demo, partner) + " (GET /v1/usagerecords/unrated?partnerTenantId="
                        + partner.tenantId() + ")");
            }
            Thread.sleep(500);
        }
    }

    /** How many records billing holds for the partner, by what they wait for. */
    private static Map<String, Integer> unrated(DemoContext demo, DemoPartner partner)
            throws IOException, InterruptedException {
        Map<String, Integer> reasons = new TreeMap<>();
        demo.gateway().get("/v1/usagerecords/unrated?size=1000&partnerTenantId=" + partner.tenantId(),
                demo.operatorToken()).path("items").forEach(item -> reasons.merge(item.path("reason").asText(), 1,
                Integer::sum));
        return reasons;
    }
}
