package org.exovigil.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class,
        description = "The append-only audit log.")
public final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks the audit log's hash chain and says where it breaks, if anywhere.")
    static final class Verify implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            throw CommandFailure.notImplementedYet("audit verify");
        }
    }
}
