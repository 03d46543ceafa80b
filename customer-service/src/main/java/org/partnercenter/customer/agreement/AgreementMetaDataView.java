package org.partnercenter.customer.agreement;

import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code AgreementMetaData}: a template partners attest to, with where its text is read. */
public record AgreementMetaDataView(String templateId, String agreementType, String agreementLink, int versionRank,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "AgreementMetaData";

    static AgreementMetaDataView of(AgreementTemplates.Template template) {
        return new AgreementMetaDataView(template.templateId(), template.type().wireName(), template.agreementLink(),
                template.versionRank(), ResourceAttributes.of(OBJECT_TYPE));
    }
}
