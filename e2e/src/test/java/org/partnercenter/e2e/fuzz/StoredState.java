package org.partnercenter.e2e.fuzz;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.TestUser;

/**
 * For the create routes, what a refused write must leave as it was: the count of the collection it would
 * have added to (every page of it), which may grow only by the creates the operation accepted; or for usage
 * batches the subscription's utilization records, read after each write, unchanged after a refused one.
 */
final class StoredState {

    private static final int MAX_PAGES = 200;

    private final Supplier<String> reader;
    private final boolean counted;

    private StoredState(Supplier<String> reader, boolean counted) {
        this.reader = reader;
        this.counted = counted;
    }

    String read() {
        return reader.get();
    }

    /** A count ("12 in /v1/customers"), compared once per operation; else a state compared after each write. */
    boolean counted() {
        return counted;
    }

    static int count(String state) {
        return Integer.parseInt(state.substring(0, state.indexOf(' ')));
    }

    static Optional<StoredState> probeFor(FuzzOperation operation, FuzzFixture fixture) {
        if (!operation.method().equals("POST")) {
            return Optional.empty();
        }
        Gateway gateway = fixture.stack.gateway();
        TestUser admin = fixture.partner.admin();
        TestUser operator = fixture.stack.operator();
        String customer = "/v1/customers/" + fixture.customerId();
        Supplier<String> reader = switch (operation.template().replaceAll("\\{[^}]*}", "{}")) {
            case "/v1/customers", "/v1/users", "/v1/applications" -> () -> count(gateway, admin, operation.template());
            case "/v1/servicerequests/{}" -> () -> count(gateway, admin, "/v1/servicerequests");
            case "/v1/customers/{}/orders" -> () -> count(gateway, admin, customer + "/orders");
            case "/v1/customers/{}/agreements" -> () -> count(gateway, admin, customer + "/agreements?agreementType=*");
            case "/v1/partners", "/v1/pricelists", "/v1/exchangerates" ->
                    () -> count(gateway, operator, operation.template());
            case "/v1/usagerecords/batches" -> () -> usage(gateway, admin, customer + "/subscriptions/"
                    + fixture.subscriptionId() + "/utilizations/azure");
            default -> null;
        };
        return Optional.ofNullable(reader).map(r -> new StoredState(r, !operation.template().contains("usagerecords")));
    }

    private static String count(Gateway gateway, TestUser user, String path) {
        int count = 0;
        String uri = path;
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            RequestSpecification request = gateway.as(user).urlEncodingEnabled(false);
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath list = request.get(uri).then().statusCode(200).extract().jsonPath();
            count += list.getInt("totalCount");
            String next = list.getString("links.next.uri");
            if (next == null) {
                return count + " in " + path;
            }
            uri = "/v1" + next;
            token = list.getString("links.next.headers.find { it.key == 'MS-ContinuationToken' }.value");
        }
        throw new IllegalStateException(path + " has more than " + MAX_PAGES + " pages");
    }

    private static String usage(Gateway gateway, TestUser user, String utilizations) {
        Instant monthStart = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return gateway.as(user).queryParam("granularity", "hourly").queryParam("start_time", monthStart.toString())
                .queryParam("end_time", monthStart.plus(Duration.ofDays(2)).toString()).get(utilizations)
                .then().statusCode(200).extract().jsonPath().getString("items");
    }
}
