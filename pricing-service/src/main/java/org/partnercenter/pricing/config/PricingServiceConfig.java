package org.partnercenter.pricing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Publishing and download limits; the defaults run out of the box. Page sizes are commons' (partner-center.paging). */
@ConfigMapping(prefix = "partner-center.pricing-service")
public interface PricingServiceConfig {

    Publishing publishing();

    Downloads downloads();

    interface Publishing {
        /**
         * The real Azure price list has about 50,000 meters; leave room for growth. A publish is refused as soon as
         * its reader sees one meter more, without reading the rest of the file.
         */
        @WithDefault("200000")
        int maxMeters();

        @WithDefault("100")
        int maxTiersPerMeter();

        /**
         * Bad rows kept and listed in the 400; problems of further rows are only counted, since an error body (or a
         * heap) holding 50,000 of them helps nobody.
         */
        @WithDefault("1000")
        int maxReportedProblems();

        /**
         * The most JSON bytes of one {@code pricelist.meters} event, envelope included: a quarter of Kafka's 1 MB
         * message limit, so that neither a broker nor a consumer's fetch ever sees a chunk near it.
         */
        @WithDefault("262144")
        int eventChunkBytes();
    }

    interface Downloads {
        /**
         * Meters read per short query while a rate card or price list is streamed; the connection goes back to the
         * pool between chunks, so a slow reader never holds one while the response is written.
         */
        @WithDefault("1000")
        int chunkSize();
    }
}
