package org.partnercenter.billing.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.commons.partner.PostalAddress;

/** The partner a statement is addressed to: its name, and its postal address as lines (none when unregistered). */
record StatementParty(String name, List<String> addressLines) {

    static StatementParty of(UUID tenantId, Partner partner) {
        if (partner == null || partner.name == null) {
            return new StatementParty("Partner " + tenantId, List.of());
        }
        return new StatementParty(partner.name, lines(partner.address));
    }

    /** As an envelope reads: the street lines, then city, state and postal code on one line, region, country. */
    private static List<String> lines(PostalAddress address) {
        if (address == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Stream.of(address.addressLine1(), address.addressLine2(), address.addressLine3()).forEach(l -> add(lines, l));
        add(lines, Stream.of(address.city(), address.state(), address.postalCode()).filter(StatementParty::present)
                .collect(Collectors.joining(" ")));
        add(lines, address.region());
        add(lines, address.country());
        return lines;
    }

    private static void add(List<String> lines, String line) {
        if (present(line)) {
            lines.add(line.strip());
        }
    }

    private static boolean present(String part) {
        return part != null && !part.isBlank();
    }
}
