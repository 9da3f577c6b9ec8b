package org.exovigil.app.cli;

import java.util.concurrent.Callable;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.audit.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        subcommands = AuditCommand.Verify.class,
        description = "The append-only audit log.")
public final class AuditCommand {

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Checks the audit log's hash chain and says where it breaks, if anywhere.")
    static final class Verify implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AuditLog.ChainCheck check =
                    ExovigilApplication.withDatabase(database.properties(), AuditLog.class, AuditLog::verify);
            if (check.firstBreak().isPresent()) {
                var broken = check.firstBreak().get();
                throw CommandFailure.checkFailed("the audit log breaks at event " + broken.eventId() + ": "
                        + broken.reason() + " (" + check.events() + " events read)");
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "audit log intact: %d %s, last hash %s%n",
                            check.events(), check.events() == 1 ? "event" : "events", check.lastHash());
            return 0;
        }
    }
}
