package org.partnercenter.gateway.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** How the partner's customers reach its support, once updated; before that, {@link #seededFrom} stands in. */
@Entity
public class PartnerSupportProfile extends PanacheEntityBase {

    @Id
    public UUID tenantId;
    public String email;
    public String telephone;
    public String website;
    public String displayName;
    @Version
    public long version;
    public Instant updatedAt;

    static PartnerSupportProfile seededFrom(PartnerOrganization partner, Instant now) {
        PartnerSupportProfile profile = new PartnerSupportProfile();
        profile.tenantId = partner.tenantId;
        profile.displayName = partner.name;
        profile.updatedAt = now;
        return profile;
    }

    boolean replaceWith(SupportProfileUpdate update) {
        List<Object> before = fields();
        email = ProfileText.part(update.email());
        telephone = ProfileText.part(update.telephone());
        website = ProfileText.part(update.website());
        displayName = ProfileText.part(update.displayName());
        return !before.equals(fields());
    }

    private List<Object> fields() {
        return Arrays.asList(email, telephone, website, displayName);
    }
}
