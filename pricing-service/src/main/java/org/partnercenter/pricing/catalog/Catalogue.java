package org.partnercenter.pricing.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnercenter.commons.catalog.Markets;
import org.partnercenter.commons.error.ApiException;

/**
 * The catalogue's reference data, read once from {@code catalog/azure-catalog.json}, and the check every catalogue
 * read starts with: the market it asks about, one of commons' {@code Markets}.
 */
@ApplicationScoped
public class Catalogue {

    static final String FILE = "catalog/azure-catalog.json";

    private final CatalogueData data;

    Catalogue(ObjectMapper json) {
        this.data = read(json);
    }

    public CatalogueData data() {
        return data;
    }

    /**
     * The market of a read. The real catalogue is per market and requires {@code country}; a country it does not sell
     * in is refused as a bad request (not answered with an empty catalogue) so that a client that misspells its market
     * learns it, instead of concluding that nothing is sold there. The text exists in English only: {@code locale},
     * when given, must be a language tag, and the answer says the locale its text is in.
     */
    public Market market(String country, String locale) {
        return market(country, locale, Map.of());
    }

    /** As {@link #market(String, String)}, refusing also the other fields' problems (field to problem) in one 400. */
    public Market market(String country, String locale, Map<String, String> otherProblems) {
        List<String> problems = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        String code = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            problems.add("country is required: the two-letter ISO 3166 code of the market, such as US");
            fields.add("country");
        } else if (!Markets.COUNTRIES.contains(code)) {
            problems.add("country " + code + " is not a market of this catalogue; it sells in " + Markets.listed());
            fields.add("country");
        }
        if (locale != null && !locale.isBlank()
                && Locale.forLanguageTag(locale.trim().replace('_', '-')).getLanguage().isEmpty()) {
            problems.add("locale must be a language tag such as en-US, got '" + locale + "'");
            fields.add("locale");
        }
        otherProblems.forEach((field, problem) -> {
            fields.add(field);
            problems.add(problem);
        });
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("Not a valid catalogue query: " + String.join("; ", problems) + ".", fields);
        }
        return new Market(code, data.locale());
    }

    private static CatalogueData read(ObjectMapper json) {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return json.readValue(in, CatalogueData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
