package org.partnercenter.pricing.offer;

import static org.partnercenter.commons.catalog.AzureCatalog.MICROSOFT_AZURE_NAME;
import static org.partnercenter.commons.catalog.AzureCatalog.MICROSOFT_AZURE_OFFER_ID;
import static org.partnercenter.commons.catalog.AzureCatalog.UNIT_TYPE;

import java.util.List;
import org.partnercenter.commons.paging.Link;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.pricing.catalog.CatalogueData;
import org.partnercenter.pricing.catalog.Market;

/** The catalogue's reference data in the legacy offer shapes, for one market. */
final class OfferMapper {

    private OfferMapper() {
    }

    static OfferCategoryView category(CatalogueData.Category category, Market market) {
        return new OfferCategoryView(category.id(), category.name(), category.rank(), market.locale(),
                market.country(), ResourceAttributes.of(OfferCategoryView.OBJECT_TYPE));
    }

    /** Microsoft Azure: a usage-based offer with no add-ons, prerequisites or purchase limit. */
    static OfferView microsoftAzure(CatalogueData data, Market market) {
        CatalogueData.LegacyOffer offer = data.microsoftAzure();
        String self = "/offers/" + MICROSOFT_AZURE_OFFER_ID;
        return new OfferView(MICROSOFT_AZURE_OFFER_ID, MICROSOFT_AZURE_NAME, offer.description(),
                offer.minimumQuantity(), offer.maximumQuantity(), offer.rank(), self, market.locale(),
                market.country(), category(data.category(), market), List.of(), false, false, true, offer.billing(),
                offer.supportedBillingCycles(), offer.isAutoRenewable(), List.of(), List.of(), List.of(), List.of(),
                false, offer.limitUnitOfMeasure(), offer.limit(),
                new OfferView.OfferProduct(MICROSOFT_AZURE_OFFER_ID, MICROSOFT_AZURE_NAME, UNIT_TYPE), UNIT_TYPE,
                new OfferView.OfferLinks(Link.get(offer.learnMore()), Link.get(self + market.query())),
                ResourceAttributes.of(OfferView.OBJECT_TYPE));
    }
}
