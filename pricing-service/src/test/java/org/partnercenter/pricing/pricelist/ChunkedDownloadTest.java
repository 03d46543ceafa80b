package org.partnercenter.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.config.PricingServiceConfig;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.SmallLimits;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;

/** Downloads read the meters in chunks of {@link SmallLimits#CHUNK_SIZE}; what the client gets is still the whole list. */
@QuarkusTest
@TestProfile(SmallLimits.class)
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class ChunkedDownloadTest {

    final TestTimes year = TestTimes.ownYear();

    @Inject
    DataSource dataSource;

    @Inject
    PricingServiceConfig config;

    @Test
    void shouldDownloadEveryMeterOnceInIdOrderWhenTheListSpansSeveralChunks() {
        List<String> ids = new ArrayList<>();
        PriceListBodies list = PriceListBodies.effective(year.at(1, 1));
        // 7 = two full chunks and a short one.
        for (int i = 0; i < 2 * SmallLimits.CHUNK_SIZE + 1; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            list.meter(id, "0=0.0" + (i + 1));
        }
        String version = PriceLists.publishId(list);
        List<String> inIdOrder = ids.stream().sorted().toList();

        List<String> json = as(Callers.reader()).get("/v1/pricelists/" + version + "/meters?format=json").then()
                .statusCode(200).extract().jsonPath().getList("meters.id");
        String csv = as(Callers.reader()).accept("text/csv").get("/v1/pricelists/" + version + "/meters").then()
                .statusCode(200).extract().asString();
        List<String> card = as(Callers.reader()).get("/v1/ratecards/azure?asOf=" + year.at(2, 1)).then()
                .statusCode(200).extract().jsonPath().getList("meters.id");

        assertThat(json).isEqualTo(inIdOrder);
        assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList())
                .isEqualTo(inIdOrder);
        assertThat(card).isEqualTo(inIdOrder);
    }

    @Test
    void shouldEndCleanlyWhenTheListIsAnExactNumberOfChunks() {
        PriceListBodies list = PriceListBodies.effective(year.at(3, 1)).manyMeters(2 * SmallLimits.CHUNK_SIZE,
                "Exact");
        String version = PriceLists.publishId(list);

        List<String> json = as(Callers.reader()).get("/v1/pricelists/" + version + "/meters?format=json").then()
                .statusCode(200).extract().jsonPath().getList("meters.id");

        assertThat(json).hasSize(2 * SmallLimits.CHUNK_SIZE).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void shouldHoldNoConnectionWhileTheClientIsWrittenTo() throws Exception {
        String version = PriceLists.publishId(PriceListBodies.effective(year.at(4, 1)).manyMeters(
                2 * SmallLimits.CHUNK_SIZE + 2, "Held"));
        AtomicInteger open = new AtomicInteger();
        List<Integer> openWhileWriting = new ArrayList<>();
        List<UUID> written = new ArrayList<>();

        new MeterStream(counting(dataSource, open), config).forEach(UUID.fromString(version), meter -> {
            openWhileWriting.add(open.get());
            written.add(meter.id());
        });

        assertThat(written).hasSize(2 * SmallLimits.CHUNK_SIZE + 2).doesNotHaveDuplicates();
        assertThat(openWhileWriting).containsOnly(0);
    }

    /** The data source, counting the connections taken from it and not yet closed. */
    private static DataSource counting(DataSource pool, AtomicInteger open) {
        return (DataSource) Proxy.newProxyInstance(ChunkedDownloadTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, pool, args);
                    if (method.getName().equals("getConnection")) {
                        open.incrementAndGet();
                        Connection connection = (Connection) result;
                        return Proxy.newProxyInstance(ChunkedDownloadTest.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("close")) {
                                        open.decrementAndGet();
                                    }
                                    return invoke(m, connection, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
