package org.partnercenter.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints picocli's bash (and zsh, through bashcompinit) completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script.",
                "bash: source <(./partnercenter completion); zsh: autoload -U bashcompinit && bashcompinit first."})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var env = ((PartnerCenter) spec.root().userObject()).environment();
        env.out().print(AutoComplete.bash("partnercenter", spec.root().commandLine()));
        env.out().flush();
        return ExitCodes.DONE;
    }
}
