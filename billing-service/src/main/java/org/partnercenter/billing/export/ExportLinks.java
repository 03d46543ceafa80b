package org.partnercenter.billing.export;

import java.util.UUID;

/** Where an export is read, relative to {@code /v1} as every link is. */
final class ExportLinks {

    private ExportLinks() {
    }

    static String manifest(UUID exportId) {
        return "/invoices/exports/" + exportId;
    }

    static String part(UUID exportId, String name) {
        return manifest(exportId) + "/parts/" + name;
    }
}
