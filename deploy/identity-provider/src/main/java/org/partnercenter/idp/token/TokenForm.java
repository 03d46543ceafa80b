package org.partnercenter.idp.token;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.partnercenter.idp.error.AadErrors;

/** The form fields of a token request; a blank field counts as missing, as in Azure AD. */
public class TokenForm {

    private final MultivaluedMap<String, String> fields;

    public TokenForm(MultivaluedMap<String, String> fields) {
        this.fields = fields;
    }

    public Optional<String> optional(String name) {
        String value = fields == null ? null : fields.getFirst(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> AadErrors.missingParameter(name));
    }
}
