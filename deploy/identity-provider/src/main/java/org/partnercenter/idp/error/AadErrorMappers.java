package org.partnercenter.idp.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure, including those of the HTTP layer, answers in Azure AD's error shape: clients of an
 * identity provider parse {@code error}, and a stack trace or an HTML page would only confuse them.
 */
public class AadErrorMappers {

    private static final Logger LOG = Logger.getLogger(AadErrorMappers.class);
    private static final String CLIENT_REQUEST_ID = "client-request-id";

    private final AadErrorResponses responses;

    AadErrorMappers(AadErrorResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response aad(AadException failure, HttpHeaders headers) {
        return responses.toResponse(failure, headers.getHeaderString(CLIENT_REQUEST_ID));
    }

    @ServerExceptionMapper({JsonParseException.class, MismatchedInputException.class, JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException failure, HttpHeaders headers) {
        String reason = failure.getOriginalMessage();
        return aad(AadErrors.invalidBody("The JSON body could not be read (" + reason + "). Send a JSON object "
                + "such as {\"userPrincipalName\": \"ada@contoso.example\", \"password\": \"...\"}."), headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, HttpHeaders headers, UriInfo uri, Request request) {
        // Quarkus REST reports an unreadable JSON body as a 400 whose cause is Jackson's exception.
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, headers);
        }
        int status = failure.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "There is no endpoint at '" + uri.getPath()
                    + "'. The routes are listed in deploy/identity-provider/README.md.";
            case 405 -> "The endpoint does not accept " + request.getMethod() + " requests.";
            case 415 -> "Unsupported content type. Token endpoints take application/x-www-form-urlencoded, "
                    + "the users and applications endpoints take application/json.";
            case 400 -> "The request could not be read. Check its body and content type.";
            default -> failure.getMessage();
        };
        String error = status >= 500 ? "server_error" : (status == 404 ? "not_found" : "invalid_request");
        return aad(new AadException(status, error, null, message), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, HttpHeaders headers) {
        LOG.error("Unexpected failure", failure);
        return aad(new AadException(500, "server_error", null,
                "The development identity provider failed unexpectedly; its log has the details."), headers);
    }
}
