package org.partnercenter.cli.auth;

import java.util.concurrent.Callable;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import picocli.CommandLine.Command;

/** {@code partnercenter logout}: forgets the cached sign-in (the identity provider's session is not touched). */
@Command(name = "logout", mixinStandardHelpOptions = true, description = "Delete the cached token.")
public final class LogoutCommand extends CliCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        TokenCache cache = new TokenCache(env().configFolder());
        env().err().println(cache.delete() ? "signed out" : "not signed in");
        env().err().flush();
        return ExitCodes.DONE;
    }
}
