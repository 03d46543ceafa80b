package org.partnercenter.customer.address;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.catalog.Markets;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.EventJson;

/**
 * The address rules of the countries we sell in (commons' {@code Markets}): reference data shipped with the service
 * (country-validation-rules.json beside this class), read once; the service does not start unless the file holds
 * exactly those countries. Customers elsewhere cannot be created.
 */
@ApplicationScoped
public class CountryRulesCatalogue {

    private static final String FILE = "country-validation-rules.json";
    private static final String ISO2 = "[A-Za-z]{2}";

    private final Map<String, CountryValidationRules> byCountry = load();

    /** {@code GET /v1/countryvalidationrules/{country}}: any signed-in caller. */
    public CountryValidationRules read(Caller caller, String country) {
        caller.require(Access.SIGNED_IN);
        if (country == null || !country.matches(ISO2)) {
            throw ApiException.badRequest("'" + country + "' is not a country: send its two-letter ISO 3166 code, "
                    + "such as US.", List.of("country: must be a two-letter ISO country code such as US"));
        }
        return find(country).orElseThrow(() -> ApiException.notFound("No validation rules exist for country "
                + country.toUpperCase(Locale.ROOT) + ": customers can be created in " + countries() + "."));
    }

    Optional<CountryValidationRules> find(String country) {
        return Optional.ofNullable(byCountry.get(country.trim().toUpperCase(Locale.ROOT)));
    }

    /** The countries we sell in, for messages: "AU, CA, DE, ...". */
    String countries() {
        return String.join(", ", byCountry.keySet());
    }

    private static Map<String, CountryValidationRules> load() {
        try (InputStream file = CountryRulesCatalogue.class.getResourceAsStream(FILE)) {
            if (file == null) {
                throw new IllegalStateException(FILE + " is missing beside " + CountryRulesCatalogue.class.getName());
            }
            TreeMap<String, CountryValidationRules> rules = new TreeMap<>();
            for (CountryValidationRules country : EventJson.mapper().readValue(file,
                    new TypeReference<List<CountryValidationRules>>() { })) {
                // Compiled once here, so that a broken expression stops the start, not a customer's request.
                country.postalCodePattern();
                country.phoneNumberPattern();
                rules.put(country.iso2Code(), country);
            }
            if (!rules.keySet().equals(Markets.COUNTRIES)) {
                throw new IllegalStateException(FILE + " holds rules for " + rules.keySet() + ", the markets we sell "
                        + "in are " + Markets.COUNTRIES + " (commons' Markets): every market needs its rules");
            }
            return Collections.unmodifiableSortedMap(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
