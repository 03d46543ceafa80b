package org.partnercenter.customer.order;

import static org.partnercenter.commons.input.TextKind.IDENTIFIER;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.input.Text;

/** {@code POST /v1/customers/{id}/orders} as the docs send it. */
public record OrderRequest(UUID referenceCustomerId, BillingCycle billingCycle,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid LineItemRequest> lineItems) {

    public record LineItemRequest(
            @NotNull @PositiveOrZero Integer lineItemNumber,
            @NotBlank @Text(IDENTIFIER) String offerId,
            @NotNull @Positive Integer quantity,
            @Text(NAME) @Size(max = 128) String friendlyName,
            @Text(NAME) @Pattern(regexp = "[0-9]{1,12}", message = "must be the reseller's MPN id (digits)")
            String partnerIdOnRecord) {
    }
}
