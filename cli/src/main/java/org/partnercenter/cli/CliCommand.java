package org.partnercenter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnercenter.cli.auth.AccessTokens;
import org.partnercenter.cli.http.ApiClient;
import org.partnercenter.cli.http.ApiResponse;
import org.partnercenter.cli.http.DebugLog;
import org.partnercenter.cli.http.Pages;
import org.partnercenter.cli.http.OperationWatch;
import org.partnercenter.cli.output.Column;
import org.partnercenter.cli.output.Printer;
import org.partnercenter.cli.output.Progress;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that does something stands on: the global options, the run's environment (from the root
 * command, so that tests can give their own), the API client signed in the way the options say, the printer.
 */
public abstract class CliCommand implements Callable<Integer> {

    @Mixin
    public GlobalOptions global;

    @Spec
    protected CommandSpec spec;

    private ApiClient api;

    protected CliEnvironment env() {
        return ((PartnerCenter) spec.root().userObject()).environment();
    }

    protected Endpoints endpoints() {
        return Endpoints.resolve(global, env());
    }

    protected DebugLog debug() {
        return new DebugLog(env().err(), global.debug);
    }

    protected ApiClient api() {
        if (api == null) {
            Endpoints endpoints = endpoints();
            DebugLog debug = debug();
            AccessTokens tokens = new AccessTokens(global, env(), endpoints, debug, Clock.systemUTC());
            api = new ApiClient(endpoints.requireApi(), tokens::current, debug);
        }
        return api;
    }

    protected Printer printer() {
        return new Printer(env().out(), global.output, env().terminalWidth());
    }

    /** A progress bar on stderr, drawn only when a person watches on a terminal. */
    protected Progress progress(String label, long total, String unit) {
        return Progress.start(env().err(), env().terminal(), label, total, unit);
    }

    /** Waits for the operation a 202 started to succeed, counting the seconds on a terminal; see OperationWatch. */
    protected JsonNode follow(ApiResponse accepted, WaitOptions wait, String label) {
        try (Progress waiting = progress(label, 0, "s")) {
            return OperationWatch.of(api(), wait.timeout()).follow(accepted, waiting);
        }
    }

    /** A collection read as --all says, printed in the chosen format, with the hint when pages were left unread. */
    protected Integer list(String path, List<Column> columns) {
        Pages.Read read = Pages.read(api(), path, global.all);
        printer().list(read.items(), columns);
        hintMore(read.more());
        return ExitCodes.DONE;
    }

    /** Without --all a list shows its first page only: say so on stderr, where it does not spoil -o json. */
    protected void hintMore(boolean more) {
        if (more) {
            env().err().println("more results on the next pages: add --all to list them all");
            env().err().flush();
        }
    }
}
