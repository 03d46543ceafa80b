package org.partnercenter.billing.statement;

import java.io.IOException;
import java.util.UUID;

/**
 * The statement's summary per customer: name, id, line count and pre-tax total, under a heading per reseller (name,
 * MPN id and total) on an indirect provider's statement. Its column titles head every page it flows onto.
 */
final class CustomerTable {

    private static final float TEXT = 9;
    private static final float SMALL = 7.5f;
    private static final float ROW = 13;
    private static final float INDENT = 10;
    private static final float ID_COLUMN = 250;
    private static final float LINES_RIGHT = 470;

    private final PageFlow flow;
    private final Statement statement;

    CustomerTable(PageFlow flow, Statement statement) {
        this.flow = flow;
        this.statement = statement;
    }

    void write() throws IOException {
        flow.line(18);
        flow.left(PageFlow.LEFT, 11, "Charges by customer");
        flow.runningHeading(this::columnTitles);
        columnTitles(flow);
        if (statement.resellers().isEmpty()) {
            flow.line(ROW);
            flow.left(PageFlow.LEFT, TEXT, "No usage was billed on this invoice.");
        }
        boolean byReseller = statement.byReseller();
        for (ResellerSummary reseller : statement.resellers()) {
            if (byReseller) {
                resellerHeading(reseller);
            }
            for (CustomerTotal customer : reseller.customers()) {
                row(byReseller ? INDENT : 0, customer);
            }
        }
        flow.runningHeading(null);
    }

    private void columnTitles(PageFlow page) throws IOException {
        page.line(ROW + 2);
        page.left(PageFlow.LEFT, SMALL, "Customer");
        page.left(ID_COLUMN, SMALL, "Customer id");
        page.right(LINES_RIGHT, SMALL, "Lines");
        page.right(PageFlow.RIGHT, SMALL, "Pre-tax total (" + statement.invoice().currencyCode + ")");
    }

    private void resellerHeading(ResellerSummary reseller) throws IOException {
        flow.gap(4);
        flow.line(ROW + 1);
        String name = reseller.resellerTenantId() == null ? "Own customers" : "Reseller " + nameOf(reseller.name(),
                reseller.resellerTenantId()) + (reseller.mpnId() == null ? "" : " (MPN id " + reseller.mpnId() + ")");
        flow.fitted(PageFlow.LEFT, LINES_RIGHT - PageFlow.LEFT, 10, name);
        flow.right(PageFlow.RIGHT, 10, Amounts.money(reseller.total(), statement.invoice().currencyCode));
    }

    private void row(float indent, CustomerTotal customer) throws IOException {
        flow.line(ROW);
        flow.fitted(PageFlow.LEFT + indent, ID_COLUMN - PageFlow.LEFT - indent - 8, TEXT,
                nameOf(customer.customerName(), customer.customerId()));
        flow.left(ID_COLUMN, SMALL, customer.customerId().toString());
        flow.right(LINES_RIGHT, TEXT, String.valueOf(customer.lineCount()));
        flow.right(PageFlow.RIGHT, TEXT, Amounts.money(customer.preTaxTotal(), statement.invoice().currencyCode));
    }

    /** A customer or reseller billing has not heard the name of yet is named by its id. */
    private static String nameOf(String name, UUID id) {
        return name == null || name.isBlank() ? id.toString() : name;
    }
}
