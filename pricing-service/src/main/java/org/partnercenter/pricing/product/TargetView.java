package org.partnercenter.pricing.product;

/**
 * The catalogue views the real API documents for {@code GET /v1/products?targetView=}, matched in any case with or
 * without underscores ({@code MicrosoftAzure}, {@code microsoft_azure}). Views this catalogue sells nothing in answer
 * an empty collection, as the real one does for a view without items; a view it does not document is a 400.
 */
enum TargetView {
    AZURE,
    AZURE_RESERVATIONS,
    AZURE_RESERVATIONS_VM,
    AZURE_RESERVATIONS_SQL,
    AZURE_RESERVATIONS_COSMOS_DB,
    MICROSOFT_AZURE,
    ONLINE_SERVICES,
    SOFTWARE,
    SOFTWARE_SUSE_LINUX,
    SOFTWARE_PERPETUAL,
    SOFTWARE_SUBSCRIPTIONS,
    SPECIALIZED_OFFERS
}
