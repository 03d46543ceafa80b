package org.partnercenter.customer.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;

/**
 * The real API's agreement types, written on the wire as it writes them ({@code MicrosoftCustomerAgreement}), which
 * is why views carry {@link #wireName()} and not the enum (commons writes enums in lower snake case).
 */
public enum AgreementType {
    MICROSOFT_CLOUD_AGREEMENT("MicrosoftCloudAgreement"),
    MICROSOFT_CUSTOMER_AGREEMENT("MicrosoftCustomerAgreement");

    /** The {@code agreementType} value that asks for every type. */
    static final String ANY = "*";

    private final String wireName;

    AgreementType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type a wire name stands for, in any case. */
    static Optional<AgreementType> find(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(t -> t.wireName.equalsIgnoreCase(text.trim())).findFirst();
    }

    /**
     * An {@code agreementType} query parameter: empty for {@code *} (every type), {@code absent} when it is not
     * sent, 400 naming the accepted values for anything else.
     */
    static Optional<AgreementType> filter(String parameter, Optional<AgreementType> absent) {
        if (parameter == null || parameter.isBlank()) {
            return absent;
        }
        if (parameter.trim().equals(ANY)) {
            return Optional.empty();
        }
        return Optional.of(find(parameter).orElseThrow(() -> ApiException.badRequest("agreementType '"
                + Excerpt.of(parameter) + "' is not an agreement type: "
                + "use " + accepted() + " or * for all.", List.of("agreementType"))));
    }

    static String accepted() {
        return Arrays.stream(values()).map(AgreementType::wireName).collect(Collectors.joining(", "));
    }
}
