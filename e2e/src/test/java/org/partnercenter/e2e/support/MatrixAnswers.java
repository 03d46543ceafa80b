package org.partnercenter.e2e.support;

import io.restassured.response.Response;
import java.util.Optional;
import org.partnercenter.e2e.support.ApiOperations.ApiOperation;

/** What DESIGN.md's matrix answers a caller, and whether an answer is that refusal. */
public final class MatrixAnswers {

    private static final String RESELLER_REFUSAL = "Indirect resellers do not have ";

    private MatrixAnswers() {
    }

    /** The refusal the matrix calls for, in words ("403 900150"), or empty where it allows the caller. */
    public static Optional<String> expectedRefusal(ApiOperation operation, boolean reseller, String role) {
        if (operation.notForResellers() && reseller) {
            return Optional.of("403 " + RESELLER_REFUSAL + "…");
        }
        return operation.roles().contains(role) ? Optional.empty() : Optional.of("403 900150");
    }

    public static boolean refused(ApiOperation operation, Response answer, String expected) {
        if (answer.statusCode() != 403) {
            return false;
        }
        if (operation.method().equals("HEAD")) {
            return true; // an answer to a HEAD has no body to name its code in
        }
        return expected.contains("900150") ? Integer.valueOf(900150).equals(answer.path("code"))
                : String.valueOf(answer.<String>path("description")).startsWith(RESELLER_REFUSAL);
    }
}
