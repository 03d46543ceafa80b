package org.partnercenter.gateway.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.partner.PostalAddress;

/**
 * The partner's own billing profile once it has been updated; before that, {@link #seededFrom} stands in. Its
 * billing currency is not stored here: it is the partner's invoicing currency, {@link PartnerOrganization#currency}.
 */
@Entity
public class PartnerBillingProfile extends PanacheEntityBase {

    @Id
    public UUID tenantId;
    public String companyName;
    @Embedded
    public PostalAddress address;
    @Embedded
    public StoredContact primaryContact;
    public String purchaseOrderNumber;
    public String taxId;
    @Version
    public long version;
    public Instant updatedAt;

    static PartnerBillingProfile seededFrom(PartnerOrganization partner, Instant now) {
        PartnerBillingProfile profile = new PartnerBillingProfile();
        profile.tenantId = partner.tenantId;
        profile.companyName = partner.name;
        profile.address = PartnerAddress.profileOf(partner).stored();
        profile.updatedAt = now;
        return profile;
    }

    boolean replaceWith(BillingProfileUpdate update) {
        List<Object> before = fields();
        companyName = ProfileText.part(update.companyName());
        address = update.address() == null ? null : update.address().stored();
        primaryContact = update.primaryContact() == null ? null : update.primaryContact().stored();
        purchaseOrderNumber = ProfileText.part(update.purchaseOrderNumber());
        taxId = ProfileText.part(update.taxId());
        return !before.equals(fields());
    }

    private List<Object> fields() {
        return Arrays.asList(companyName, address, primaryContact, purchaseOrderNumber, taxId);
    }
}
