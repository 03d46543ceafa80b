package org.partnercenter.pricing.pricelist;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.pricing.meter.AzureMeters;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.pricing.meter.Tier;
import org.partnercenter.pricing.pricelist.file.PriceListCsv;
import org.partnercenter.pricing.rating.ExchangeRate;

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
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            csv.write(String.join(",", PriceListCsv.COLUMNS));
            csv.write("\r\n");
            meters.forEach(version.id, meter -> writeRows(csv, meter));
            csv.flush();
        };
    }

    private static void writeRows(Writer csv, MeterPrice m) throws java.io.IOException {
        String meter = String.join(",", m.id().toString(), PriceListCsv.field(m.name()),
                PriceListCsv.field(m.category()), PriceListCsv.field(m.subcategory()), PriceListCsv.field(m.region()),
                PriceListCsv.field(m.unit()), Decimals.plain(m.includedQuantity()));
        String after = m.effectiveDate() + "," + PriceListCsv.field(String.join(";", m.tags()));
        for (Tier tier : m.tiers()) {
            csv.write(meter + "," + Decimals.plain(tier.startQuantity()) + "," + Decimals.plain(tier.unitPrice()) + ","
                    + after + "\r\n");
        }
    }
}
