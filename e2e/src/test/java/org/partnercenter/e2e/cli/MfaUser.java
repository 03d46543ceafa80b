package org.partnercenter.e2e.cli;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A user of a partner tenant with an authenticator app (partners require MFA by default), made in the identity
 * provider, and its current TOTP code (RFC 6238: SHA-1, 6 digits, 30 s) as the app would show it. Kept in the CLI's
 * package until e2e support has a shared helper for users with MFA.
 */
record MfaUser(String tenantId, String objectId, String userPrincipalName, String password, String totpSecret) {

    static MfaUser create(String authority, String tenantId) {
        String upn = "cli-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenantId.substring(0, 8) + ".e2e.test";
        String password = "Pw-" + UUID.randomUUID();
        Response created = given().baseUri(authority).contentType("application/json")
                .body(Map.of("userPrincipalName", upn, "password", password, "mfa", true))
                .post("/" + tenantId + "/users")
                .then().statusCode(201).extract().response();
        return new MfaUser(tenantId, created.path("id"), upn, password, created.path("totpSecret"));
    }

    String currentCode() {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(totpSecret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(Instant.now().getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replace("=", "").toUpperCase();
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
