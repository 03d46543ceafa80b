package org.partnercenter.customer.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;

/** {@code GET /v1/agreements}: the templates partners attest to, read by those who read customers. */
@ApplicationScoped
public class AgreementDetails {

    private final AgreementTemplates templates;

    AgreementDetails(AgreementTemplates templates) {
        this.templates = templates;
    }

    /** Without {@code agreementType}, or with {@code *}, every template there is. */
    public List<AgreementMetaDataView> list(Caller caller, String agreementType) {
        caller.require(Access.CUSTOMER_READ);
        return templates.ofType(AgreementType.filter(agreementType, Optional.empty())).stream()
                .map(AgreementMetaDataView::of).toList();
    }
}
