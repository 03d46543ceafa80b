package org.partnercenter.pricing.pricelist.file;

import java.util.List;
import org.partnercenter.commons.error.ApiException;

/** A price list as read from a file, not yet validated; {@code problems} were found while reading it. */
public record PriceListInput(String effectiveDate, String currency, List<MeterInput> meters, Problems problems) {

    /** The 400 of a list with more than {@code maxMeters} meters, as soon as its reader sees one too many. */
    static ApiException tooManyMeters(int maxMeters) {
        return ApiException.badRequest("The price list has more than " + maxMeters + " meters, the most one version "
                + "may have, so nothing was published (the rest of the file was not read).",
                List.of("meters: at most " + maxMeters + " meters"));
    }
}
