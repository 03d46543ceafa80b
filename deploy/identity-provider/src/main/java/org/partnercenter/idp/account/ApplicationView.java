package org.partnercenter.idp.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An application as answered. {@code secret} is present only in the answer to its creation: only
 * its hash is stored, as Azure AD shows a client secret once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(String appId, String id, String servicePrincipalId, String displayName,
                              String signInAudience, List<String> redirectUris, boolean publicClient,
                              String secret) {
}
