package org.partnercenter.billing.period;

import java.util.ArrayList;
import java.util.List;

/** What a close did: the invoices it issued, and for each partner it could not close, the code and why. */
public final class CloseReport {

    /** One partner's close that did not happen. */
    public record Failure(String code, String message) {
    }

    private int invoicesIssued;
    private int partnersClosed;
    private final List<Failure> failures = new ArrayList<>();

    void closed(int invoices) {
        partnersClosed++;
        invoicesIssued += invoices;
    }

    void failed(String code, String message) {
        failures.add(new Failure(code, message));
    }

    public int invoicesIssued() {
        return invoicesIssued;
    }

    public int partnersClosed() {
        return partnersClosed;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The first failure's code: what a caller acts on. */
    String code() {
        return failures.get(0).code();
    }

    String message() {
        return String.join(" ", failures.stream().map(Failure::message).toList());
    }
}
