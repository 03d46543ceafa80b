package org.partnercenter.cli.user;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Get-PartnerUser, New-PartnerUser and the partner's role assignments (our addition to the real API). */
@Command(name = "user", mixinStandardHelpOptions = true, description = "The partner's users and their roles.",
        subcommands = {UserCommand.ListUsers.class, UserCommand.Add.class, UserCommand.Grant.class,
                UserCommand.Revoke.class})
public final class UserCommand {

    static final List<Column> COLUMNS = List.of(Column.of("ID", "id"), Column.of("USER", "userPrincipalName"),
            Column.of("NAME", "displayName"), Column.of("ROLES", "roles"));

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the partner's users.")
    static final class ListUsers extends CliCommand {

        @Override
        public Integer call() {
            return list("/users", COLUMNS);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user of the partner's tenant (its object id in Azure AD) to the partner.")
    static final class Add extends CliCommand {

        @Parameters(index = "0", paramLabel = "OBJECT_ID") String objectId;
        @Parameters(index = "1", paramLabel = "USER_PRINCIPAL_NAME") String userPrincipalName;

        @Override
        public Integer call() {
            var body = JsonNodeFactory.instance.objectNode().put("id", objectId).put("userPrincipalName", userPrincipalName);
            printer().one(api().send("POST", "/users", body, Map.of()).body());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Grant a role: global_admin, admin_agent, sales_agent, helpdesk_agent, billing_admin, user_admin.")
    static final class Grant extends CliCommand {

        @Parameters(index = "0", paramLabel = "USER_ID") String userId;
        @Parameters(index = "1", paramLabel = "ROLE") String role;

        @Override
        public Integer call() {
            var body = JsonNodeFactory.instance.objectNode().put("id", role);
            printer().one(api().send("POST", "/users/" + Query.encode(userId) + "/roles", body, Map.of()).body());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a role.")
    static final class Revoke extends CliCommand {

        @Parameters(index = "0", paramLabel = "USER_ID") String userId;
        @Parameters(index = "1", paramLabel = "ROLE") String role;

        @Override
        public Integer call() {
            api().send("DELETE", "/users/" + Query.encode(userId) + "/roles/" + Query.encode(role), null, Map.of());
            env().err().println("revoked " + role + " from " + userId);
            env().err().flush();
            return ExitCodes.DONE;
        }
    }
}
