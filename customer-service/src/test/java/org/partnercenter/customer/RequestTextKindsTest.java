package org.partnercenter.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.customer.account.BillingProfileRequest;
import org.partnercenter.customer.account.CustomerRequest;
import org.partnercenter.customer.order.OrderRequest;
import org.partnercenter.customer.subscription.SubscriptionPatch;
import org.partnercenter.customer.usage.UsageBatchRequest;
import org.partnercenter.testing.RequestTextKinds;

/** Every String of every request body declares its kind of text, so that none goes unbounded. */
class RequestTextKindsTest {

    @Test
    void shouldDeclareAKindForEveryTextWhenARecordIsARequestBody() {
        RequestTextKinds kinds = RequestTextKinds.inPackage("org.partnercenter.customer");

        assertThat(kinds.bodies()).contains(CustomerRequest.class, CustomerRequest.CompanyProfileRequest.class, BillingProfileRequest.class,
                BillingProfileRequest.AddressRequest.class, ResourceAttributes.class, OrderRequest.LineItemRequest.class,
                SubscriptionPatch.class, UsageBatchRequest.Record.class);
        assertThat(kinds.undeclared()).isEmpty();
    }
}
