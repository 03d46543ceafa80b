package org.partnercenter.cli.customer;

import java.util.List;
import org.partnercenter.cli.output.Column;

/** What a customer list shows in a table or CSV: what Get-PartnerCustomer's default view shows. */
final class CustomerColumns {

    static final List<Column> LIST = List.of(Column.of("ID", "id"), Column.of("COMPANY", "companyProfile.companyName"),
            Column.of("DOMAIN", "companyProfile.domain"), Column.of("RELATIONSHIP", "relationshipToPartner"));

    private CustomerColumns() {
    }
}
