package org.partnercenter.customer;

import static org.partnercenter.testing.WriteAccessContract.Write.json;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.WriteAccessContract;

/** Every write of this service refuses a caller without the right before it reads the body. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class WriteAccessTest extends WriteAccessContract {

    private static final String CUSTOMER = "/v1/customers/" + UUID.randomUUID();

    @Override
    protected List<Write> writes() {
        return List.of(
                json("POST", "/v1/customers", Access.CUSTOMER_WRITE, "{\"companyProfile\": {}}"),
                json("PUT", CUSTOMER + "/profiles/billing", Access.CUSTOMER_DETAILS_WRITE,
                        "{\"email\": \"not mail\"}"),
                json("POST", CUSTOMER + "/orders", Access.CUSTOMER_WRITE, "{\"lineItems\": []}"),
                json("POST", CUSTOMER + "/agreements", Access.CUSTOMER_WRITE, "{\"primaryContact\": {}}"),
                json("PATCH", CUSTOMER + "/subscriptions/" + UUID.randomUUID(), Access.CUSTOMER_WRITE,
                        "{\"quantity\": 0}"),
                json("POST", "/v1/migrations/customers", Access.CUSTOMER_WRITE, "{\"domain\": \"not an array\"}"),
                json("POST", "/v1/migrations/customers", Access.CUSTOMER_WRITE, "nonsense,header\n")
                        .as("text/csv", "companyName\nNo domain column\n"),
                json("POST", "/v1/usagerecords/batches", Access.OPERATOR_ONLY, "{\"records\": []}"),
                json("POST", "/v1/validations/address", Access.SIGNED_IN, "{\"country\": \"USA\"}"));
    }
}
