package org.partnercenter.pricing.catalog;

/** Where and in which language a catalogue read is answered: a country the catalogue sells in, and a locale. */
public record Market(String country, String locale) {

    /** The query that links repeat, as the real API writes them ({@code ?country=US}). */
    public String query() {
        return "?country=" + country;
    }
}
