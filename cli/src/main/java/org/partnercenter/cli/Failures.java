package org.partnercenter.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place failures become a line on stderr and an exit code: scripts branch on the code, people read the
 * line; a stack trace only with --debug, and only for what is a bug rather than a refusal.
 */
final class Failures {

    private final PrintWriter err;

    Failures(PrintWriter err) {
        this.err = err;
    }

    int usage(ParameterException e, String[] args) {
        err.println("partnercenter: " + (e instanceof UnmatchedArgumentException unmatched ? unknown(unmatched)
                : e.getMessage()));
        err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    int execution(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof ParameterException parameter) {
            return usage(parameter, new String[0]);
        }
        if (e instanceof CliFailure failure) {
            err.println("partnercenter: " + failure.getMessage());
            err.flush();
            return failure.exitCode();
        }
        err.println("partnercenter: unexpected failure: " + e);
        if (debug(parseResult)) {
            e.printStackTrace(err);
        } else {
            err.println("(--debug shows where)");
        }
        err.flush();
        return ExitCodes.REFUSED;
    }

    /**
     * Unknown options by their names only: picocli would quote the word after them too, and after a mistyped
     * --access-token that word is the token.
     */
    private static String unknown(UnmatchedArgumentException e) {
        List<String> options = e.getUnmatched().stream().filter(argument -> argument.startsWith("-"))
                .map(option -> "'" + option.split("=", 2)[0] + "'").toList();
        if (options.isEmpty()) {
            return e.getMessage();
        }
        List<String> suggestions = e.getSuggestions();
        return "unknown option" + (options.size() > 1 ? "s " : " ") + String.join(", ", options)
                + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)");
    }

    private static boolean debug(ParseResult parseResult) {
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return Arrays.asList(last.originalArgs().toArray(new String[0])).contains("--debug");
    }
}
