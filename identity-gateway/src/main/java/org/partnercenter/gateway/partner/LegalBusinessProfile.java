package org.partnercenter.gateway.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.partner.PostalAddress;

/** The partner's legal business profile once it has been updated; before that, {@link #seededFrom} stands in. */
@Entity
public class LegalBusinessProfile extends PanacheEntityBase {

    @Id
    public UUID tenantId;
    public String companyName;
    @Embedded
    public PostalAddress address;
    @Embedded
    public StoredContact primaryContact;
    @Embedded
    @AttributeOverride(name = "addressLine1", column = @Column(name = "approver_address_line1"))
    @AttributeOverride(name = "addressLine2", column = @Column(name = "approver_address_line2"))
    @AttributeOverride(name = "addressLine3", column = @Column(name = "approver_address_line3"))
    @AttributeOverride(name = "city", column = @Column(name = "approver_address_city"))
    @AttributeOverride(name = "state", column = @Column(name = "approver_address_state"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "approver_address_postal_code"))
    @AttributeOverride(name = "region", column = @Column(name = "approver_address_region"))
    @AttributeOverride(name = "country", column = @Column(name = "approver_address_country"))
    public PostalAddress approverAddress;
    @Column(name = "approver_email")
    public String approverEmail;
    @Version
    public long version;
    public Instant updatedAt;

    /** What the registration says: the partner's name and address, at version 0. */
    static LegalBusinessProfile seededFrom(PartnerOrganization partner, Instant now) {
        LegalBusinessProfile profile = new LegalBusinessProfile();
        profile.tenantId = partner.tenantId;
        profile.companyName = partner.name;
        profile.address = PartnerAddress.profileOf(partner).stored();
        profile.updatedAt = now;
        return profile;
    }

    /** Replaces every field with the update's; false when that changes nothing (the version then stays). */
    boolean replaceWith(LegalBusinessProfileUpdate update) {
        List<Object> before = fields();
        companyName = ProfileText.part(update.companyName());
        address = update.address() == null ? null : update.address().stored();
        primaryContact = update.primaryContact() == null ? null : update.primaryContact().stored();
        approverAddress = update.companyApproverAddress() == null ? null : update.companyApproverAddress().stored();
        approverEmail = ProfileText.part(update.companyApproverEmail());
        return !before.equals(fields());
    }

    private List<Object> fields() {
        return Arrays.asList(companyName, address, primaryContact, approverAddress, approverEmail);
    }
}
