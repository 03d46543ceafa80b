package org.partnercenter.pricing.offer;

import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_PRODUCT_ID;
import static org.partnercenter.commons.catalog.AzureCatalog.MICROSOFT_AZURE_OFFER_ID;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.pricing.catalog.Catalogue;
import org.partnercenter.pricing.catalog.CatalogueErrors;
import org.partnercenter.pricing.catalog.Market;

/**
 * The legacy offer catalogue: the offers a partner's sellers may order for customers, so every customer reader reads
 * it, indirect resellers included (they sell these offers; prices are what they do not see).
 */
@ApplicationScoped
public class OfferCatalog {

    private final Catalogue catalogue;

    OfferCatalog(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<OfferView> list(Caller caller, String country, String locale) {
        caller.require(Access.CUSTOMER_READ);
        Market market = catalogue.market(country, locale);
        return List.of(OfferMapper.microsoftAzure(catalogue.data(), market));
    }

    public OfferView get(Caller caller, String offerId, String country, String locale) {
        caller.require(Access.CUSTOMER_READ);
        Market market = catalogue.market(country, locale);
        String id = offerId.trim().toUpperCase(Locale.ROOT);
        if (id.equals(MICROSOFT_AZURE_OFFER_ID)) {
            return OfferMapper.microsoftAzure(catalogue.data(), market);
        }
        if (id.startsWith(AZURE_PLAN_PRODUCT_ID)) {
            throw CatalogueErrors.notAnOffer(offerId);
        }
        throw CatalogueErrors.offerNotFound(offerId);
    }

    public List<OfferCategoryView> categories(Caller caller, String country, String locale) {
        caller.require(Access.CUSTOMER_READ);
        Market market = catalogue.market(country, locale);
        return List.of(OfferMapper.category(catalogue.data().category(), market));
    }
}
