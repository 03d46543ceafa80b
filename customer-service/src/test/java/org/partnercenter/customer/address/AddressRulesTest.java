package org.partnercenter.customer.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercenter.commons.error.ApiException;

/** The one address check, without a server: each country's form, and the spelling it stores. */
class AddressRulesTest {

    private final AddressRules rules = new AddressRules(new CountryRulesCatalogue());

    @ParameterizedTest
    @CsvSource({"US, WA, Redmond, 98052", "US, ny, New York, 10001-1234", "CA, on, Ottawa, k1a 0b1",
            "GB, , London, SW1A 1AA", "GB, , London, ec1a1bb", "DE, , Muenchen, 80807", "FR, , Paris, 75007",
            "NL, , Schiphol, 1118 CZ", "AU, NSW, Sydney, 2000", "IN, KA, Bengaluru, 560001", "JP, , Tokyo, 100-0001",
            "NL, , Amsterdam, 1015CX"})
    void shouldAcceptAnAddressWhenItMeetsItsCountrysRules(String country, String state, String city, String postal) {
        AddressRules.Checked checked = rules.check(new AddressParts(country, state, city, postal, "1 Main Street",
                null));

        assertThat(checked.problems()).isEmpty();
    }

    @Test
    void shouldSpellStateAndPostalCodeAsTheRulesDoWhenTheClientWroteThemOtherwise() {
        AddressParts canonical = rules.requireValid(new AddressParts(" ca ", "on", " Ottawa ", " k1a  0b1 ",
                "24 Sussex Drive", "+1 613-555-0100"), "");

        assertThat(canonical).isEqualTo(new AddressParts("CA", "ON", "Ottawa", "K1A 0B1", "24 Sussex Drive",
                "+1 613-555-0100"));
    }

    @ParameterizedTest
    @CsvSource({"US, WA, Redmond, 9805, postalCode", "US, , Redmond, 98052, state", "US, XX, Redmond, 98052, state",
            "US, WA, , 98052, city", "CA, ON, Ottawa, 12345, postalCode", "AU, , Sydney, 2000, state",
            "IN, KA, Bengaluru, 060001, postalCode", "DE, , Berlin, 1011, postalCode", "GB, , London, 12345, postalCode",
            "NL, , Amsterdam, 0123 AB, postalCode", "JP, , Tokyo, 1000, postalCode", "ZZ, , Nowhere, 1, country"})
    void shouldNameTheFieldWhenAnAddressBreaksItsCountrysRules(String country, String state, String city,
            String postal, String field) {
        AddressRules.Checked checked = rules.check(new AddressParts(country, state, city, postal, "1 Main Street",
                null));

        assertThat(checked.problems()).extracting(AddressRules.Problem::field).containsExactly(field);
    }

    @Test
    void shouldRefuseWith400NamingEachFieldUnderThePrefixWhenAWriteRequiresAValidAddress() {
        assertThatThrownBy(() -> rules.requireValid(new AddressParts("US", null, "Redmond", "ABC", "1 Main Street",
                "call me"), "billingProfile.defaultAddress."))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.data()).hasSize(3).allSatisfy(d -> assertThat(d).startsWith(
                            "billingProfile.defaultAddress."));
                    assertThat(String.join(" ", e.data())).contains("defaultAddress.state", "defaultAddress.postalCode",
                            "defaultAddress.phoneNumber");
                });
    }

    @Test
    void shouldKnowEveryCountryWeSellInWhenTheReferenceFileIsRead() {
        CountryRulesCatalogue catalogue = new CountryRulesCatalogue();

        for (String country : List.of("US", "CA", "GB", "DE", "FR", "NL", "AU", "IN", "JP")) {
            assertThat(catalogue.find(country)).as(country).hasValueSatisfying(r -> {
                assertThat(r.iso2Code()).isEqualTo(country);
                assertThat(r.supportedCulturesList()).contains(r.defaultCulture());
                assertThat(r.isStateRequired()).isEqualTo(!r.supportedStatesList().isEmpty());
            });
        }
    }
}
