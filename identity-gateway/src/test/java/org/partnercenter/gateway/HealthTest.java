package org.partnercenter.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.ServiceBasicsContract;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(GatewayTestResource.class)
class HealthTest extends ServiceBasicsContract {

    @Override
    protected String serviceName() {
        return "identity-gateway";
    }
}
