package org.partnercenter.gateway.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.gateway.member.RoleChangeWorld.Outcome.CONFLICT;
import static org.partnercenter.gateway.member.RoleChangeWorld.Outcome.NOT_ALLOWED;
import static org.partnercenter.gateway.member.RoleChangeWorld.Outcome.OWN;
import static org.partnercenter.gateway.member.RoleChangeWorld.Outcome.ROUTE;
import static org.partnercenter.gateway.member.RoleChangeWorld.Outcome.YES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.gateway.member.RoleChangeWorld.Attempt;
import org.partnercenter.gateway.member.RoleChangeWorld.Member;
import org.partnercenter.gateway.member.RoleChangeWorld.Outcome;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.testing.Race;

/**
 * The README's table "who may change roles", cell by cell, through the public API: each cell runs in an
 * organisation of its own and tries every case the cell stands for.
 */
@QuarkusTest
@GatewayTest
class RoleChangeRulesTest {

    private static final String GRANT_OR_REVOKE_ADMIN = "grant or revoke global_admin";
    private static final String GRANT_OR_REVOKE_OTHER = "grant or revoke other roles";
    private static final String REMOVE_USER = "remove a user";
    private static final String REMOVE_ADMIN = "remove a global admin";
    private static final String LAST_ADMIN = "demote or remove the last global admin";

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("table")
    void shouldAnswerAsTheTableSaysWhenSomeoneChangesRoles(String row, String column,
            Function<RoleChangeWorld, List<Attempt>> cell) {
        List<Attempt> attempts = cell.apply(row.startsWith("operator") ? RoleChangeWorld.operator()
                : RoleChangeWorld.partner());

        List<String> mismatches = new ArrayList<>();
        for (Attempt attempt : attempts) {
            Response response = attempt.send();
            if (!attempt.outcome().matches(response)) {
                mismatches.add(attempt + " answered " + response.statusCode() + " " + response.body().asString());
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** The README's table, row by row: who acts, then the answer in each column. */
    static Stream<Arguments> table() {
        Function<RoleChangeWorld, Member> globalAdmin = w -> w.user(w.adminRole());
        return Stream.of(
                row("global admin (another user)", globalAdmin, YES, YES, YES, YES, OWN),
                row("operator admin (operator_admin in place of global_admin)", globalAdmin, YES, YES, YES, YES,
                        OWN),
                row("user admin", w -> w.user("user_admin"), NOT_ALLOWED, YES, YES, NOT_ALLOWED, NOT_ALLOWED),
                row("admin agent", w -> w.user("admin_agent"), ROUTE, ROUTE, ROUTE, ROUTE, ROUTE),
                row("sales agent", w -> w.user("sales_agent"), ROUTE, ROUTE, ROUTE, ROUTE, ROUTE),
                row("helpdesk agent", w -> w.user("helpdesk_agent"), ROUTE, ROUTE, ROUTE, ROUTE, ROUTE),
                row("billing admin", w -> w.user("billing_admin"), ROUTE, ROUTE, ROUTE, ROUTE, ROUTE),
                row("an application holding global_admin", w -> w.application(w.adminRole()), YES, YES, YES, YES,
                        CONFLICT),
                theMemberItself()).flatMap(row -> row);
    }

    /**
     * The cells of one row, each tried in an organisation of its own. A caller answered {@code OWN} in the
     * last column is a user holding the administrator role: the last such user can only be itself, so that
     * cell is tried by the first administrator on itself.
     */
    private static Stream<Arguments> row(String row, Function<RoleChangeWorld, Member> actor, Outcome admin,
            Outcome other, Outcome removeUser, Outcome removeAdmin, Outcome last) {
        return Stream.of(
                cell(row, GRANT_OR_REVOKE_ADMIN, w -> {
                    Member caller = actor.apply(w);
                    return List.of(w.grant(caller, w.user(), w.adminRole(), admin),
                            w.revoke(caller, w.user(w.adminRole()), w.adminRole(), admin));
                }),
                cell(row, GRANT_OR_REVOKE_OTHER, w -> {
                    Member caller = actor.apply(w);
                    return List.of(w.grant(caller, w.user(), w.otherRole(), other),
                            w.revoke(caller, w.user(w.otherRole()), w.otherRole(), other));
                }),
                cell(row, REMOVE_USER, w -> List.of(w.remove(actor.apply(w), w.user(w.otherRole()), removeUser))),
                cell(row, REMOVE_ADMIN, w -> List.of(w.remove(actor.apply(w), w.user(w.adminRole()), removeAdmin))),
                cell(row, LAST_ADMIN, w -> {
                    Member caller = last == OWN ? w.firstAdmin() : actor.apply(w);
                    return List.of(w.revoke(caller, w.firstAdmin(), w.adminRole(), last),
                            w.remove(caller, w.firstAdmin(), last));
                }));
    }

    /** Users and applications acting on their own member, whatever roles they hold. */
    private static Stream<Arguments> theMemberItself() {
        String row = "the member itself";
        return Stream.of(
                cell(row, GRANT_OR_REVOKE_ADMIN, w -> {
                    Member userAdmin = w.user("user_admin");
                    Member globalAdmin = w.user(w.adminRole());
                    return List.of(w.grant(userAdmin, userAdmin, w.adminRole(), OWN),
                            w.revoke(globalAdmin, globalAdmin, w.adminRole(), OWN));
                }),
                cell(row, GRANT_OR_REVOKE_OTHER, w -> {
                    Member userAdmin = w.user("user_admin");
                    Member application = w.application("user_admin");
                    return List.of(w.grant(userAdmin, userAdmin, w.otherRole(), OWN),
                            w.revoke(userAdmin, userAdmin, "user_admin", OWN),
                            w.grant(application, application, w.otherRole(), OWN),
                            w.grantBlankRole(userAdmin, userAdmin, OWN));
                }),
                cell(row, REMOVE_USER, w -> {
                    Member userAdmin = w.user("user_admin");
                    Member application = w.application("user_admin");
                    return List.of(w.remove(userAdmin, userAdmin, OWN),
                            w.remove(application, application, OWN));
                }),
                cell(row, REMOVE_ADMIN, w -> {
                    Member globalAdmin = w.user(w.adminRole());
                    return List.of(w.remove(globalAdmin, globalAdmin, OWN));
                }),
                cell(row, LAST_ADMIN, w -> List.of(w.revoke(w.firstAdmin(), w.firstAdmin(), w.adminRole(),
                        OWN), w.remove(w.firstAdmin(), w.firstAdmin(), OWN))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"revoke global_admin", "remove the user"})
    void shouldKeepOneGlobalAdminWhenTwoGlobalAdminsDemoteEachOtherAtOnce(String change) {
        RoleChangeWorld world = RoleChangeWorld.partner();
        Member first = world.firstAdmin();
        Member second = world.user("global_admin");
        Member observer = world.user("user_admin");
        boolean revoke = change.startsWith("revoke");
        Attempt firstDemotesSecond = revoke ? world.revoke(first, second, "global_admin", YES)
                : world.remove(first, second, YES);
        Attempt secondDemotesFirst = revoke ? world.revoke(second, first, "global_admin", YES)
                : world.remove(second, first, YES);
        // Both callers resolved as global admins, so that both requests pass the edge and meet in the service.
        assertThat(world.usersHolding(first, "global_admin")).hasSize(2);
        assertThat(world.usersHolding(second, "global_admin")).hasSize(2);
        List<Integer> answers = Race.atOnce(List.of(() -> firstDemotesSecond.send().statusCode(),
                () -> secondDemotesFirst.send().statusCode()));

        // The later one meets the lock (409), or, once the earlier has committed, the edge already
        // resolves its caller without the role (403).
        assertThat(answers).containsOnlyOnce(204).containsAnyOf(409, 403).doesNotHaveDuplicates();
        assertThat(world.usersHolding(observer, "global_admin")).hasSize(1);
    }

    private static Arguments cell(String row, String column, Function<RoleChangeWorld, List<Attempt>> attempts) {
        return Arguments.of(row, column, attempts);
    }

    @Test
    void shouldGrantTheRoleInItsOwnSpellingWhenItIsSentInAnotherCase() {
        RoleChangeWorld world = RoleChangeWorld.partner();
        Member agent = world.user();

        given().auth().oauth2(world.firstAdmin().token()).contentType("application/json")
                .body(Map.of("id", "Admin_Agent")).post(agent.path() + "/roles")
                .then().statusCode(201);

        assertThat(world.usersHolding(world.firstAdmin(), "admin_agent")).containsExactly(agent.id());
    }
}
