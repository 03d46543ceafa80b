package org.partnercenter.deploy.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.partnercenter.deploy.demo.DemoMeters.Meter;

/**
 * The operator's metering feed posts the last 31 full days (UTC) of every demo subscription's usage, one
 * record per meter and day, in one batch: the way Azure's metering reaches customer-service. 31 days always reach
 * into the previous month, which {@link InvoicesStep} closes.
 */
final class UsageStep implements DemoStep {

    static final int DAYS = 31;

    private static final List<String> REGIONS = List.of("westeurope", "northeurope", "eastus", "westus2");

    @Override
    public String name() {
        return "a month of usage";
    }

    @Override
    public String load(DemoContext demo) throws IOException, InterruptedException {
        LocalDate last = LocalDate.now(demo.clock().withZone(ZoneOffset.UTC)).minusDays(1);
        LocalDate first = last.minusDays(DAYS - 1);
        List<Map<String, Object>> records = new ArrayList<>();
        for (DemoPartner partner : demo.partners()) {
            for (DemoCustomer customer : partner.customers()) {
                records.addAll(subscriptionUsage(partner, customer, first, demo.random()));
            }
        }
        int accepted = demo.gateway().post("/v1/usagerecords/batches", demo.operatorToken(), Map.of("records", records))
                .path("accepted").asInt();
        if (accepted != records.size()) {
            throw new DemoFailure("customer-service stored " + accepted + " of " + records.size() + " usage records");
        }
        return records.size() + " usage records from " + first + " to " + last;
    }

    /** The customer's records, each counted on the partner that created the customer: billing's partner of it. */
    private static List<Map<String, Object>> subscriptionUsage(DemoPartner owner, DemoCustomer customer,
            LocalDate first, Random random) {
        List<Meter> others = new ArrayList<>(DemoMeters.OTHERS);
        Collections.shuffle(others, random);
        List<Meter> meters = new ArrayList<>();
        meters.add(DemoMeters.VIRTUAL_MACHINES);
        meters.addAll(others.subList(0, 1 + random.nextInt(2)));
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        List<Map<String, Object>> records = new ArrayList<>();
        for (Meter meter : meters) {
            int size = meter.drawSize(random);
            for (int day = 0; day < DAYS; day++) {
                records.add(record(customer, meter, first.plusDays(day), meter.daily().on(size, day, random), region));
                owner.countUsageRecord(YearMonth.from(first.plusDays(day)));
            }
        }
        return records;
    }

    private static Map<String, Object> record(DemoCustomer customer, Meter meter, LocalDate day, Object quantity,
            String region) {
        String resourceGroup = "rg-" + customer.domain().substring(0, customer.domain().indexOf('-'));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "demo-" + customer.subscriptionId() + "-" + meter.key() + "-" + day);
        record.put("customerId", customer.id());
        record.put("subscriptionId", customer.subscriptionId());
        record.put("meterId", meter.id());
        record.put("quantity", quantity);
        record.put("unit", meter.unit());
        record.put("usageStartTime", day.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        record.put("usageEndTime", day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        record.put("region", region);
        record.put("resourceUri", "/subscriptions/" + customer.subscriptionId() + "/resourceGroups/" + resourceGroup
                + "/providers/" + meter.resourceType() + "/" + meter.key() + "-01");
        record.put("tags", Map.of("env", "production", "costCenter", resourceGroup));
        return record;
    }
}
