package org.partnercenter.cli.invoice;

import java.nio.file.Files;
import java.nio.file.Path;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Get-PartnerInvoiceStatement: GET /v1/invoices/{id}/documents/statement, the PDF, into a file. */
@Command(name = "statement", mixinStandardHelpOptions = true, description = "Download an invoice's statement (PDF).")
final class InvoiceStatement extends CliCommand {

    @Parameters(paramLabel = "INVOICE_ID")
    String id;

    @Option(names = "--file", paramLabel = "PATH", description = "Where to write it (default: INVOICE_ID.pdf in the "
            + "working folder).")
    Path file;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        if (file == null && !id.matches("[A-Za-z0-9_-]+")) {
            throw CliFailure.usage("'" + id + "' is not an invoice id to name a file after: --file names it");
        }
        Path target = env().workingDirectory().resolve(file == null ? Path.of(id + ".pdf") : file);
        if (Files.isDirectory(target)) {
            throw CliFailure.usage(target + " is a folder: --file names the statement's file");
        }
        if (Files.exists(target) && !force) {
            throw CliFailure.usage(target + " exists: --force overwrites it, or --file names another file");
        }
        api().download("/invoices/" + Query.encode(id) + "/documents/statement", "application/pdf", target);
        env().out().println(target);
        env().out().flush();
        return ExitCodes.DONE;
    }
}
