package org.partnercenter.commons.error;

import java.util.List;

/**
 * The Partner Center error body ({@code ApiFault}): every 4xx and 5xx answers this shape, so clients
 * written for the real API (the .NET SDK, the PowerShell module) parse our failures too.
 */
public record ApiError(int code, String description, List<String> data, String source) {

    public ApiError {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
