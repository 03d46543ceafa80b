package org.partnercenter.cli.usage.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test data: usage files of n records (ids r-1 ... r-n), as CSV in a given column order or as JSON lines. */
final class UsageFiles {

    static final String CUSTOMER = "0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001";
    static final String SUBSCRIPTION = "5d7e8f90-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
    static final String HEADER = "id,customerId,subscriptionId,meterId,quantity,unit,usageStartTime,usageEndTime,"
            + "region,resourceUri,tags";

    private UsageFiles() {
    }

    static Path csv(Path folder, int records) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= records; i++) {
            lines.add(csvRow(i));
        }
        return write(folder.resolve("usage.csv"), lines);
    }

    static String csvRow(int i) {
        return "r-" + i + "," + CUSTOMER + "," + SUBSCRIPTION + ",meter-1,1.5,1 Hour,2026-11-01T00:00:00Z,"
                + "2026-11-01T01:00:00Z,westeurope,/subscriptions/s/vm-" + i + ",\"{\"\"env\"\":\"\"prod, eu\"\"}\"";
    }

    static Path jsonLines(Path folder, String name, int records) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            lines.add("{\"id\":\"r-" + i + "\",\"customerId\":\"" + CUSTOMER + "\",\"subscriptionId\":\""
                    + SUBSCRIPTION + "\",\"meterId\":\"meter-1\",\"quantity\":2,\"unit\":\"1 Hour\","
                    + "\"usageStartTime\":\"2026-11-01T00:00:00Z\",\"usageEndTime\":\"2026-11-01T01:00:00Z\"}");
        }
        return write(folder.resolve(name), lines);
    }

    static Path write(Path file, List<String> lines) {
        try {
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
