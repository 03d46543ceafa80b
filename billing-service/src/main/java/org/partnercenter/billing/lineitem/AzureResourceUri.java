package org.partnercenter.billing.lineitem;

/**
 * What an Azure resource id says about the resource, read as Azure Resource Manager writes it
 * ({@code /subscriptions/{id}/resourceGroups/{group}/providers/{namespace}/{type}/{name}}, names in any case): the
 * resource group, and the resource provider's namespace, which line items call {@code consumedService}
 * ({@code Microsoft.Compute}). Empty where the id does not say.
 */
record AzureResourceUri(String resourceGroup, String providerNamespace) {

    static AzureResourceUri of(String uri) {
        String[] segments = uri == null ? new String[0] : uri.split("/");
        return new AzureResourceUri(after(segments, "resourceGroups"), after(segments, "providers"));
    }

    /** The segment after the first one named {@code name}, or empty. */
    private static String after(String[] segments, String name) {
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equalsIgnoreCase(name) && !segments[i + 1].isEmpty()) {
                return segments[i + 1];
            }
        }
        return "";
    }
}
