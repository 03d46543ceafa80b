package org.partnercenter.idp.key;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;

/** The rotation command: lets gateway and client tests see a key change, as Azure AD rolls its keys. */
@Path("/admin/keys/rotate")
@Produces(MediaType.APPLICATION_JSON)
public class KeyRotationResource {

    private final SigningKeyring keyring;

    KeyRotationResource(SigningKeyring keyring) {
        this.keyring = keyring;
    }

    @POST
    public Map<String, Object> rotate() {
        String kid = keyring.rotate().kid();
        List<String> published = keyring.published().getJsonWebKeys().stream().map(JsonWebKey::getKeyId).toList();
        return Map.of("kid", kid, "publishedKids", published);
    }
}
