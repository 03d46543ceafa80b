package org.partnercenter.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An API answer that succeeded: its status, headers, and JSON body (a MissingNode when it had none). */
public record ApiResponse(int status, HttpHeaders headers, JsonNode body) {
}
