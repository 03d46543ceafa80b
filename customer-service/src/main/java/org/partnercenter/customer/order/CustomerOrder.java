package org.partnercenter.customer.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order as stored, with its line items; each line item provisioned one subscription. */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID customerId;
    public UUID referenceCustomerId;
    @Enumerated(EnumType.STRING)
    public BillingCycle billingCycle;
    public String status;
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line_item", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("lineItemNumber")
    public List<LineItem> lineItems = new ArrayList<>();

    @Embeddable
    public static class LineItem {
        public int lineItemNumber;
        public String offerId;
        public UUID subscriptionId;
        public String friendlyName;
        public int quantity;
        public String partnerIdOnRecord;
    }
}
