package org.partnercenter.pricing.ratecard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import org.partnercenter.rating.ExchangeRate;

/**
 * What a rate card answer is made of: the price list version and exchange rate in force, and how it is shown. Its
 * etag is computed from exactly these, never by hashing the 1.5 MB body, so a 304 costs two small queries.
 */
public record RateCardEdition(UUID versionId, ExchangeRate exchangeRate, RateCardQuery query) {

    /** A strong etag, quoted, as it goes in the ETag header and comes back in If-None-Match. */
    public String etag() {
        String identity = String.join("|", "ratecard-v1", versionId.toString(),
                String.valueOf(exchangeRate.setId()), query.currency(), String.valueOf(query.region()),
                query.locale());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18))
                    + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** True when {@code If-None-Match} names this edition (or is {@code *}); weak etags compare by their value. */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String etag = etag();
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
