package org.partnercenter.pricing;

import static org.partnercenter.testing.WriteAccessContract.Write.json;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.WriteAccessContract;

/** Every write of this service refuses a caller without the right before it reads the body. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class WriteAccessTest extends WriteAccessContract {

    @Override
    protected List<Write> writes() {
        return List.of(
                json("POST", "/v1/pricelists", Access.OPERATOR_ONLY, "{\"currency\": \"USD\", \"meters\": []}"),
                json("POST", "/v1/pricelists?effectiveDate=2031-01-01", Access.OPERATOR_ONLY, "nonsense,header\n")
                        .as("text/csv", "meterId\n\"never closed\n"),
                json("POST", "/v1/exchangerates", Access.OPERATOR_ONLY, "{\"base\": \"EUR\", \"rates\": {}}"));
    }
}
