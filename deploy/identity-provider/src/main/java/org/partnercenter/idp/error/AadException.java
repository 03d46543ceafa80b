package org.partnercenter.idp.error;

/**
 * A failure answered in Azure AD's error shape. {@code aadstsCode} is null for failures that Azure
 * AD has no code for (the development-only form fields, unknown routes).
 */
public class AadException extends RuntimeException {

    private final int status;
    private final String error;
    private final Integer aadstsCode;

    public AadException(int status, String error, Integer aadstsCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.aadstsCode = aadstsCode;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Integer aadstsCode() {
        return aadstsCode;
    }
}
