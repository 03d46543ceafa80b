package org.partnercenter.idp.token;

/** Azure AD's two access-token formats, chosen by the endpoint that is called. */
public enum TokenFormat {
    /** {@code /oauth2/token}: asks with {@code resource=}, issuer {@code {v1 authority}/{tid}/}, {@code appid}. */
    V1("1.0"),
    /** {@code /oauth2/v2.0/token}: asks with {@code scope=}, issuer {@code {authority}/{tid}/v2.0}, {@code azp}. */
    V2("2.0");

    private final String version;

    TokenFormat(String version) {
        this.version = version;
    }

    /** The token's {@code ver} claim. */
    public String version() {
        return version;
    }
}
