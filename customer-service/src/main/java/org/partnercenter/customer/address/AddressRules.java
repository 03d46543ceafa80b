package org.partnercenter.customer.address;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnercenter.commons.error.ApiException;

/**
 * The one check of an address against its country's rules ({@link CountryValidationRules}): address validation
 * answers with it, and customer creation and billing-profile updates refuse what it refuses. It also spells an
 * address the way the rules do (country and state as listed, postal code in capitals), which is what gets stored.
 */
@ApplicationScoped
public class AddressRules {

    private final CountryRulesCatalogue countries;

    AddressRules(CountryRulesCatalogue countries) {
        this.countries = countries;
    }

    /** One part of an address that breaks its country's rules: the field (as the Address model names it) and why. */
    public record Problem(String field, String message) {
    }

    /**
     * An address as the rules read it: its canonical spelling, and what is wrong with it. {@code rules} is empty
     * when the country is not one we sell in; then the only problem is the country.
     */
    public record Checked(AddressParts canonical, List<Problem> problems, Optional<CountryValidationRules> rules) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Checked check(AddressParts address) {
        String country = trimmed(address.country());
        Optional<CountryValidationRules> found = country == null ? Optional.empty() : countries.find(country);
        List<Problem> problems = new ArrayList<>();
        if (found.isEmpty()) {
            problems.add(new Problem("country", country == null ? "is required"
                    : "'" + country + "' is not a country we sell in: use one of " + countries.countries()));
            return new Checked(address, problems, found);
        }
        CountryValidationRules rules = found.get();
        String state = state(rules, trimmed(address.state()), problems);
        String city = trimmed(address.city());
        if (rules.isCityRequired() && city == null) {
            problems.add(new Problem("city", "is required in " + rules.iso2Code()));
        }
        if (trimmed(address.addressLine1()) == null) {
            problems.add(new Problem("addressLine1", "is required"));
        }
        String postalCode = postalCode(rules, address.postalCode(), problems);
        String phone = trimmed(address.phoneNumber());
        if (phone != null && rules.phoneNumberPattern().filter(p -> !p.matcher(phone).matches()).isPresent()) {
            problems.add(new Problem("phoneNumber", "'" + phone + "' is not a phone number in " + rules.iso2Code()
                    + " (it must match " + rules.phoneNumberRegex() + ")"));
        }
        AddressParts canonical = new AddressParts(rules.iso2Code(), state, city, postalCode,
                trimmed(address.addressLine1()), phone);
        return new Checked(canonical, List.copyOf(problems), found);
    }

    /**
     * The canonical address, or a 400 in the error shape naming each broken field under {@code fieldPrefix}
     * (e.g. {@code billingProfile.defaultAddress.}), as a request's field errors are named.
     */
    public AddressParts requireValid(AddressParts address, String fieldPrefix) {
        Checked checked = check(address);
        if (!checked.valid()) {
            List<String> data = checked.problems().stream()
                    .map(p -> fieldPrefix + p.field() + ": " + p.message()).toList();
            throw ApiException.badRequest("The address does not meet the rules of its country: " + String.join("; ",
                    data) + ". GET /v1/countryvalidationrules/{country} lists them.", data);
        }
        return checked.canonical();
    }

    private static String state(CountryValidationRules rules, String state, List<Problem> problems) {
        if (state == null) {
            if (rules.isStateRequired()) {
                problems.add(new Problem("state", "is required in " + rules.iso2Code() + ": one of "
                        + String.join(", ", rules.supportedStatesList())));
            }
            return null;
        }
        if (rules.supportedStatesList().isEmpty()) {
            return state; // a country without a list of states takes what the customer writes (a county, say)
        }
        Optional<String> listed = rules.state(state);
        if (listed.isEmpty()) {
            problems.add(new Problem("state", "'" + state + "' is not a state of " + rules.iso2Code() + ": use one of "
                    + String.join(", ", rules.supportedStatesList())));
        }
        return listed.orElse(state);
    }

    private static String postalCode(CountryValidationRules rules, String postalCode, List<Problem> problems) {
        String code = trimmed(postalCode);
        if (code == null) {
            if (rules.isPostalCodeRequired()) {
                problems.add(new Problem("postalCode", "is required in " + rules.iso2Code()));
            }
            return null;
        }
        String canonical = code.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (rules.postalCodePattern().filter(p -> !p.matcher(canonical).matches()).isPresent()) {
            problems.add(new Problem("postalCode", "'" + code + "' is not a postal code in " + rules.iso2Code()
                    + " (it must match " + rules.postalCodeRegex() + ")"));
        }
        return canonical;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
