package org.partnercenter.commons.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What this suite sells, by the ids of the real Partner Center catalogue: the legacy offer Microsoft Azure
 * ({@code MS-AZR-0145P}) and the new-commerce Azure plan (product {@code DZH318Z0BCZC}, sku {@code 0001}, one
 * availability). pricing-service's catalogue lists exactly these, and customer-service's orders accept exactly
 * what an order line may name for them ({@link #orderable}): defined once, so that the two cannot drift apart.
 */
public final class AzureCatalog {

    /** The legacy Azure offer, usage-based. */
    public static final String MICROSOFT_AZURE_OFFER_ID = "MS-AZR-0145P";
    public static final String MICROSOFT_AZURE_NAME = "Microsoft Azure";

    public static final String AZURE_PLAN_PRODUCT_ID = "DZH318Z0BCZC";
    public static final String AZURE_PLAN_SKU_ID = "0001";
    /**
     * Ours: the real catalogue gives each market and segment an availability id of its own, and none of the sources
     * at hand names one for the Azure plan. Clients read it from the catalogue, as the real docs tell them to.
     */
    public static final String AZURE_PLAN_AVAILABILITY_ID = "DZH318Z0BXWC";
    /** {@code product:sku:availability}, what a new-commerce order names as its line item's offer id. */
    public static final String AZURE_PLAN_CATALOG_ITEM_ID = AZURE_PLAN_PRODUCT_ID + ":" + AZURE_PLAN_SKU_ID + ":"
            + AZURE_PLAN_AVAILABILITY_ID;
    public static final String AZURE_PLAN_NAME = "Azure plan";

    /** Both are billed on usage: the real API's {@code unitType} of their subscriptions. */
    public static final String UNIT_TYPE = "Usage-based";

    /**
     * What an order line bought: the offer id its subscription carries (the Azure plan's is its product id, as this
     * suite's subscriptions, events and invoices have always named it) and its name.
     */
    public record Orderable(String offerId, String name) {
    }

    private static final Orderable MICROSOFT_AZURE = new Orderable(MICROSOFT_AZURE_OFFER_ID, MICROSOFT_AZURE_NAME);
    private static final Orderable AZURE_PLAN = new Orderable(AZURE_PLAN_PRODUCT_ID, AZURE_PLAN_NAME);

    /**
     * An order line's {@code offerId} as the catalogue writes it: the legacy offer id, the Azure plan's catalog item
     * id (as the real new-commerce order names it), or the Azure plan's product id (as this suite's clients have
     * ordered it so far).
     */
    private static final Map<String, Orderable> ORDERABLE = Map.of(
            MICROSOFT_AZURE_OFFER_ID, MICROSOFT_AZURE,
            AZURE_PLAN_CATALOG_ITEM_ID, AZURE_PLAN,
            AZURE_PLAN_PRODUCT_ID, AZURE_PLAN);

    private static final Map<String, String> BY_UPPER_CASE = ORDERABLE.keySet().stream()
            .collect(Collectors.toMap(id -> id.toUpperCase(Locale.ROOT), Function.identity()));

    private AzureCatalog() {
    }

    /** What an order line's offer id orders; ids are matched without regard to case, as the real catalogue does. */
    public static Optional<Orderable> orderable(String offerId) {
        return offerId == null ? Optional.empty() : Optional.ofNullable(BY_UPPER_CASE.get(
                offerId.trim().toUpperCase(Locale.ROOT))).map(ORDERABLE::get);
    }

    /** Every offer id an order line may name, sorted, as an error tells the client. */
    public static List<String> orderableIds() {
        return ORDERABLE.keySet().stream().sorted().toList();
    }
}
