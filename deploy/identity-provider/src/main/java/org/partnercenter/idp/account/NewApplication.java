package org.partnercenter.idp.account;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * Body of {@code POST /{tenant}/applications}.
 *
 * @param redirectUris optional: the SPA redirect URIs (absolute http or https) that interactive sign-in may return to
 * @param signInAudience optional: {@code AzureADMyOrg} (the default) or {@code AzureADMultipleOrgs}
 * @param publicClient optional: true lets the application sign users in with the device code flow, without a
 *     secret, as a command line does; false when absent
 */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record NewApplication(String displayName, List<String> redirectUris, String signInAudience,
                             Boolean publicClient) {
}
