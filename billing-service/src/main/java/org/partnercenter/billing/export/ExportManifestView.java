package org.partnercenter.billing.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * A finished export as its reader finds it: what it holds and each part with the SHA-256 (lowercase hex) of the exact
 * bytes its download answers. {@code invoiceId} and {@code billingPeriod} are written as null when they do not apply
 * (an unbilled export has no invoice, an invoice's export no relative period), so every manifest has every key.
 */
public record ExportManifestView(String id, String schemaVersion, String dataFormat, String attributeSet,
        Instant createdDateTime, Instant expirationDateTime, String partnerTenantId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String invoiceId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String billingPeriod, String currencyCode, long rowCount,
        int partCount, List<PartView> parts, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "ReconciliationExportManifest";
    /** The layout of the manifest and of its rows; a change a reader must know of changes it. */
    public static final String SCHEMA_VERSION = "1";

    /** One part: a gzip file of at most the configured number of rows. */
    public record PartView(String name, long rowCount, long byteCount, String sha256, String downloadLink) {
    }

    static ExportManifestView of(ReconciliationExport export, List<ReconciliationExportPart> parts) {
        List<PartView> views = parts.stream().map(part -> new PartView(part.name, part.rowCount, part.byteCount,
                part.sha256, ExportLinks.part(export.id, part.name))).toList();
        return new ExportManifestView(export.id.toString(), SCHEMA_VERSION,
                WireEnums.find(ExportFormat.class, export.dataFormat).orElseThrow().dataFormat(),
                export.attributeSet, export.createdAt, export.expiresAt, export.partnerTenantId.toString(),
                export.invoiceId, export.billingPeriod, export.currencyCode, export.rowCount, views.size(), views,
                ResourceAttributes.of(OBJECT_TYPE));
    }
}
