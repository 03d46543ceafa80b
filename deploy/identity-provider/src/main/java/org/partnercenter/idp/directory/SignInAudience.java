package org.partnercenter.idp.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;

/** Who may sign in to an application, with Azure AD's names for the two kinds this provider knows. */
public enum SignInAudience {
    /** Users of the application's own tenant only, through that tenant's authority. */
    @JsonProperty("AzureADMyOrg")
    MY_ORG("AzureADMyOrg"),
    /** Users of any tenant, also through the {@code organizations} and {@code common} authorities. */
    @JsonProperty("AzureADMultipleOrgs")
    MULTIPLE_ORGS("AzureADMultipleOrgs");

    private final String azureName;

    SignInAudience(String azureName) {
        this.azureName = azureName;
    }

    public String azureName() {
        return azureName;
    }

    public static Optional<SignInAudience> named(String name) {
        return Arrays.stream(values()).filter(audience -> audience.azureName.equalsIgnoreCase(name)).findFirst();
    }
}
