package org.partnercenter.deploy.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * The Azure meters the demo's customers use, with a day's quantity drawn the way such a workload
 * varies. A demo price list will price these same meter ids.
 */
final class DemoMeters {

    /** How much of a meter one subscription uses on one day; {@code size} is drawn once per subscription. */
    interface DailyQuantity {
        BigDecimal on(int size, int day, Random random);
    }

    /** @param key short and stable, part of each usage record's id */
    record Meter(String key, String id, String name, String unit, String resourceType, int minSize, int maxSize,
            DailyQuantity daily) {

        int drawSize(Random random) {
            return minSize + random.nextInt(maxSize - minSize + 1);
        }
    }

    /** Every subscription runs virtual machines; the other meters are drawn per subscription. */
    static final Meter VIRTUAL_MACHINES = new Meter("vm-d2sv3", "3b8d5d9e-4c2f-4d8e-9a6e-0d2a4d3c9f01",
            "Virtual Machines Dsv3 Series - D2s v3", "1 Hour", "Microsoft.Compute/virtualMachines", 1, 6,
            // Each VM runs around the clock; now and then one is stopped for part of a day.
            (vms, day, random) -> BigDecimal.valueOf(vms * 24L - (random.nextInt(5) == 0 ? random.nextInt(9) : 0)));

    static final List<Meter> OTHERS = List.of(
            new Meter("blob-hot", "6d1e7d2b-0a5c-4f4b-8a3e-5b1c9e8f2a02", "Storage - Hot LRS Data Stored",
                    "1 GB/Month", "Microsoft.Storage/storageAccounts", 100, 2_000,
                    // A month's GB spread over its days; the data grows a little every day.
                    (gigabytes, day, random) -> BigDecimal.valueOf(gigabytes + day * (long) random.nextInt(6))
                            .divide(BigDecimal.valueOf(30), 4, RoundingMode.HALF_EVEN)),
            new Meter("egress", "9f4c2a1d-7e3b-4c6a-b5d8-1e2f3a4b5c03", "Bandwidth - Data Transfer Out",
                    "1 GB", "Microsoft.Network/publicIPAddresses", 5, 80,
                    (peak, day, random) -> BigDecimal.valueOf(50 + random.nextInt(peak * 100), 2)),
            new Meter("appsvc-p1v3", "2a7b9c4e-5d6f-4e1a-8b2c-3d4e5f6a7b04", "Azure App Service - P1 v3",
                    "1 Hour", "Microsoft.Web/serverfarms", 1, 3,
                    (instances, day, random) -> BigDecimal.valueOf(instances * 24L)),
            new Meter("sql-s1", "5c3d8e2f-1a4b-4c7d-9e6f-7a8b9c0d1e05", "SQL Database - S1 DTUs",
                    "1/Day", "Microsoft.Sql/servers/databases", 1, 3,
                    (databases, day, random) -> BigDecimal.valueOf(databases)));

    private DemoMeters() {
    }
}
