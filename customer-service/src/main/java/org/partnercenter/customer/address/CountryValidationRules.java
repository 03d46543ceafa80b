package org.partnercenter.customer.address;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code CountryValidationRules}: what an address and a billing profile in one country must look like.
 * The reference file (country-validation-rules.json) is written in this shape, so what a client reads is what
 * {@link AddressRules} checks. The {@code is...} names are spelled out: Jackson would drop the prefix otherwise.
 */
public record CountryValidationRules(
        String iso2Code,
        String defaultCulture,
        @JsonProperty("isStateRequired") boolean isStateRequired,
        List<String> supportedStatesList,
        List<String> supportedLanguagesList,
        List<String> supportedCulturesList,
        @JsonProperty("isPostalCodeRequired") boolean isPostalCodeRequired,
        String postalCodeRegex,
        @JsonProperty("isCityRequired") boolean isCityRequired,
        @JsonProperty("isVatIdSupported") boolean isVatIdSupported,
        String taxIdFormat,
        String taxIdSample,
        String vatIdRegex,
        String phoneNumberRegex,
        @JsonProperty("isTaxIdSupported") boolean isTaxIdSupported,
        @JsonProperty("isTaxIdOptional") boolean isTaxIdOptional,
        List<String> countryCallingCodesList) {

    public static final String OBJECT_TYPE = "CountryValidationRules";

    public CountryValidationRules {
        supportedStatesList = supportedStatesList == null ? List.of() : List.copyOf(supportedStatesList);
        supportedLanguagesList = supportedLanguagesList == null ? List.of() : List.copyOf(supportedLanguagesList);
        supportedCulturesList = supportedCulturesList == null ? List.of() : List.copyOf(supportedCulturesList);
        countryCallingCodesList = countryCallingCodesList == null ? List.of() : List.copyOf(countryCallingCodesList);
    }

    @JsonProperty("attributes")
    public ResourceAttributes attributes() {
        return ResourceAttributes.of(OBJECT_TYPE);
    }

    /** The listed state a client's spelling stands for (states compare without regard to case). */
    @JsonIgnore
    Optional<String> state(String spelling) {
        return supportedStatesList.stream().filter(s -> s.equalsIgnoreCase(spelling)).findFirst();
    }

    @JsonIgnore
    Optional<Pattern> postalCodePattern() {
        return Optional.ofNullable(postalCodeRegex).map(Pattern::compile);
    }

    @JsonIgnore
    Optional<Pattern> phoneNumberPattern() {
        return Optional.ofNullable(phoneNumberRegex).map(Pattern::compile);
    }
}
