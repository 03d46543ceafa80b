package org.partnercenter.billing.export;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A written part of an export; its bytes are the rows of {@code reconciliation_export_chunk}. */
@Entity
@Table(name = "reconciliation_export_part")
public class ReconciliationExportPart extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public String name;
    public long rowCount;
    public long byteCount;
    public String sha256;

    /** The export and the part's number, from 1. */
    @Embeddable
    public record Key(UUID exportId, int partNumber) implements Serializable {
    }
}
