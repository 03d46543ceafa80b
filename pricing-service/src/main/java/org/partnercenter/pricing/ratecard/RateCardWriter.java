package org.partnercenter.pricing.ratecard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.pricing.meter.AzureMeters;
import org.partnercenter.pricing.meter.ExchangeRateView;
import org.partnercenter.pricing.pricelist.MeterStream;
import org.partnercenter.pricing.pricelist.StreamedJson;

/**
 * Writes the {@code AzureRateCard} as its meters come from the database cursor: the real card is ~1.5 MB, ours is as
 * large as the price list, and neither is ever built in memory.
 */
@ApplicationScoped
public class RateCardWriter {

    public static final String OBJECT_TYPE = "AzureRateCard";

    private final ObjectMapper mapper;
    private final MeterStream meters;

    RateCardWriter(ObjectMapper mapper, MeterStream meters) {
        this.mapper = mapper;
        this.meters = meters;
    }

    public StreamingOutput write(RateCardEdition edition) {
        return out -> {
            try (JsonGenerator json = StreamedJson.open(mapper, out)) {
                json.writeStartObject();
                json.writeStringField("locale", edition.query().locale());
                json.writeStringField("currency", edition.query().currency());
                json.writeBooleanField("isTaxIncluded", false);
                ExchangeRateView rate = ExchangeRateView.of(edition.exchangeRate());
                if (rate != null) {
                    json.writeObjectField("exchangeRate", rate);
                }
                json.writeArrayFieldStart("meters");
                meters.forEach(edition.versionId(),
                        meter -> json.writeObject(AzureMeters.inRateCard(meter, edition.exchangeRate())));
                json.writeEndArray();
                // The real card lists offer terms of the MS-AZR-0145P offer; our price lists carry none.
                json.writeArrayFieldStart("offerTerms");
                json.writeEndArray();
                json.writeObjectField("attributes", ResourceAttributes.of(OBJECT_TYPE));
                json.writeEndObject();
            }
        };
    }
}
