package org.partnercenter.pricing.pricelist;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import org.partnercenter.commons.csv.CsvTableWriter;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.pricing.meter.AzureMeters;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.rating.Tier;
import org.partnercenter.pricing.pricelist.file.PriceListCsv;
import org.partnercenter.rating.ExchangeRate;

/**
 * A whole version, streamed, in the very formats that publish it: a download published again makes the same version.
 */
@ApplicationScoped
public class PriceListDownload {

    public static final String OBJECT_TYPE = "PriceList";

    private final ObjectMapper mapper;
    private final MeterStream meters;

    PriceListDownload(ObjectMapper mapper, MeterStream meters) {
        this.mapper = mapper;
        this.meters = meters;
    }

    public StreamingOutput json(PriceListVersion version) {
        return out -> {
            try (JsonGenerator json = StreamedJson.open(mapper, out)) {
                json.writeStartObject();
                json.writeStringField("id", version.id.toString());
                json.writeObjectField("effectiveDate", version.effectiveDate);
                json.writeStringField("currency", version.currency);
                json.writeNumberField("meterCount", version.meterCount);
                json.writeArrayFieldStart("meters");
                meters.forEach(version.id, meter -> json.writeObject(AzureMeters.inRateCard(meter, ExchangeRate.usd())));
                json.writeEndArray();
                json.writeObjectField("attributes", ResourceAttributes.of(OBJECT_TYPE));
                json.writeEndObject();
            }
        };
    }

    public StreamingOutput csv(PriceListVersion version) {
        return out -> {
            CsvTableWriter csv = CsvTableWriter.open(out, PriceListCsv.COLUMNS);
            meters.forEach(version.id, meter -> writeRows(csv, meter));
            // Not in a finally: a download that broke off must not be flushed into what looks like a whole file.
            csv.close();
        };
    }

    private static void writeRows(CsvTableWriter csv, MeterPrice m) throws IOException {
        String id = m.id().toString();
        String included = Decimals.plain(m.includedQuantity());
        String effectiveDate = m.effectiveDate().toString();
        String tags = String.join(";", m.tags());
        for (Tier tier : m.tiers()) {
            csv.row(id, m.name(), m.category(), m.subcategory(), m.region(), m.unit(), included,
                    Decimals.plain(tier.startQuantity()), Decimals.plain(tier.unitPrice()), effectiveDate, tags);
        }
    }
}
