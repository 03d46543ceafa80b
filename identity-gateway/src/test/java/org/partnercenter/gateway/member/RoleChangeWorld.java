package org.partnercenter.gateway.member;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.partnercenter.gateway.support.GatewayTestResource;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.TestIdentityProvider;

/**
 * One organisation in which a cell of the role-change table is tried: a partner (administrator role
 * {@code global_admin}) or the operator ({@code operator_admin}), its first administrator, and users and
 * applications added with the roles a case needs.
 */
final class RoleChangeWorld {

    private final String tenantId;
    private final Member firstAdmin;
    private final String adminRole;
    private final String otherRole;

    private RoleChangeWorld(String tenantId, Member firstAdmin, String adminRole, String otherRole) {
        this.tenantId = tenantId;
        this.firstAdmin = firstAdmin;
        this.adminRole = adminRole;
        this.otherRole = otherRole;
    }

    static RoleChangeWorld partner() {
        Partners.TestPartner partner = Partners.register("direct");
        TestUser admin = partner.admin();
        return new RoleChangeWorld(partner.tenantId(), Member.of(admin), "global_admin", "admin_agent");
    }

    /** The operator's own tenant, shared by the test JVM: cases only add members to it. */
    static RoleChangeWorld operator() {
        TestUser admin = GatewayTestResource.Operator.admin();
        return new RoleChangeWorld(admin.tenantId(), Member.of(admin), "operator_admin", "operator_support");
    }

    /** A user or an application of the organisation, the path that names it and a token to act as it. */
    record Member(String id, String path, String token) {
        static Member of(TestUser user) {
            return new Member(user.objectId(), "/v1/users/" + user.objectId(), user.token());
        }
    }

    /** What a request should get. */
    enum Outcome {
        YES(0, 0, ""),
        /** Refused by the route table: the caller manages no members at all. */
        ROUTE(403, 900150, "Roles that may:"),
        /** Refused by the role-change rules: only an administrator changes the administrator role. */
        NOT_ALLOWED(403, 900150, "requested operation: only "),
        OWN(403, 403, "to do it."),
        /** The organisation would lose its last user holding the administrator role. */
        CONFLICT(409, 409, "must always keep one");

        private final int status;
        private final int code;
        private final String saying;

        Outcome(int status, int code, String saying) {
            this.status = status;
            this.code = code;
            this.saying = saying;
        }

        boolean matches(Response response) {
            if (this == YES) {
                return response.statusCode() == 201 || response.statusCode() == 204;
            }
            return response.statusCode() == status && response.jsonPath().getInt("code") == code
                    && response.jsonPath().getString("description").contains(saying);
        }
    }

    /** One request of a case and what it should get. */
    record Attempt(String description, String token, String method, String path, Object body, Outcome outcome) {
        Response send() {
            RequestSpecification request = given().auth().oauth2(token);
            if (body != null) {
                request.contentType("application/json").body(body);
            }
            return request.request(method, path);
        }

        @Override
        public String toString() {
            return description + " (" + method + " " + path + ", expected " + outcome + ")";
        }
    }

    Member firstAdmin() {
        return firstAdmin;
    }

    String adminRole() {
        return adminRole;
    }

    String otherRole() {
        return otherRole;
    }

    Member user(String... roles) {
        TestUser user = TestUser.create(tenantId, "member");
        given().auth().oauth2(firstAdmin.token()).contentType("application/json")
                .body(Map.of("id", user.objectId(), "userPrincipalName", user.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);
        Member member = Member.of(user);
        grantAll(member, roles);
        return member;
    }

    /** An application signed in app-only (client credentials). */
    Member application(String... roles) {
        JsonNode created = TestIdentityProvider.createApplication(tenantId, "integration");
        String appId = created.path("appId").asText();
        given().auth().oauth2(firstAdmin.token()).contentType("application/json")
                .body(Map.of("id", appId, "displayName", "integration")).post("/v1/applications")
                .then().statusCode(201);
        String token = TestIdentityProvider.accessToken(tenantId, false, "grant_type=client_credentials&client_id="
                + appId + "&client_secret=" + created.path("secret").asText() + "&scope=" + TestUser.API_SCOPE);
        Member member = new Member(appId, "/v1/applications/" + appId, token);
        grantAll(member, roles);
        return member;
    }

    Attempt grant(Member actor, Member target, String role, Outcome outcome) {
        return new Attempt(describe(actor, "grants " + role + " to", target), actor.token(), "POST",
                target.path() + "/roles", Map.of("id", role), outcome);
    }

    /** A grant whose body would be refused, sent by someone who may not make it in the first place. */
    Attempt grantBlankRole(Member actor, Member target, Outcome outcome) {
        return new Attempt(describe(actor, "grants an empty role to", target), actor.token(), "POST",
                target.path() + "/roles", Map.of("id", ""), outcome);
    }

    Attempt revoke(Member actor, Member target, String role, Outcome outcome) {
        return new Attempt(describe(actor, "revokes " + role + " from", target), actor.token(), "DELETE",
                target.path() + "/roles/" + role, null, outcome);
    }

    Attempt remove(Member actor, Member target, Outcome outcome) {
        return new Attempt(describe(actor, "removes", target), actor.token(), "DELETE", target.path(), null,
                outcome);
    }

    /** The users of the organisation that hold the role, as {@code asker} sees them. */
    List<String> usersHolding(Member asker, String role) {
        return given().auth().oauth2(asker.token()).queryParam("size", 500).get("/v1/users")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.roles.any { r -> r.id == '" + role + "' } }.id", String.class);
    }

    private void grantAll(Member member, String... roles) {
        for (String role : roles) {
            given().auth().oauth2(firstAdmin.token()).contentType("application/json").body(Map.of("id", role))
                    .post(member.path() + "/roles").then().statusCode(201);
        }
    }

    private String describe(Member actor, String action, Member target) {
        return name(actor) + " " + action + " " + (actor == target ? "itself" : name(target));
    }

    private String name(Member member) {
        return (member == firstAdmin ? "the first admin " : "") + member.path();
    }
}
