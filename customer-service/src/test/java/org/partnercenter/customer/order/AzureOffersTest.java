package org.partnercenter.customer.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.commons.catalog.AzureCatalog;

class AzureOffersTest {

    @Test
    void shouldFindEveryOrderableIdOfTheCatalogueWhenAnyCaseIsUsed() {
        assertThat(AzureOffers.find(" " + AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID.toLowerCase() + " "))
                .hasValueSatisfying(offer -> assertThat(offer.id()).isEqualTo(AzureCatalog.AZURE_PLAN_PRODUCT_ID));
        assertThat(AzureOffers.find("dzh318z0bczc")).map(AzureOffers.Offer::name).contains("Azure plan");
        assertThat(AzureOffers.find("ms-azr-0145p")).map(AzureOffers.Offer::name).contains("Microsoft Azure");
    }

    @Test
    void shouldFindNothingWhenTheIdIsNotInTheCatalogue() {
        assertThat(AzureOffers.find(null)).isEmpty();
        assertThat(AzureOffers.find("DZH318Z0BCZC:0001")).isEmpty();
        assertThat(AzureOffers.find("CFQ7TTC0LH18")).isEmpty();
    }

    @Test
    void shouldListExactlyTheCataloguesOrderableIdsWhenAnErrorNamesThem() {
        assertThat(AzureOffers.accepted()).isEqualTo("DZH318Z0BCZC, " + AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID
                + ", MS-AZR-0145P");
    }
}
