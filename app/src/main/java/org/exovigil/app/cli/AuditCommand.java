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
        subcommands = {AuditCommand.Verify.class, AuditCommand.Anchor.class},
        description = "The append-only audit log.")
public final class AuditCommand {

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Checks the audit log's keyed hash chain against its anchors and says where it breaks, if"
                    + " anywhere.")
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
                throw CommandFailure.checkFailed((broken.eventId() == 0
                                ? "the audit log's anchors cannot be trusted: "
                                : "the audit log breaks at event " + broken.eventId() + ": ")
                        + broken.reason() + " (" + check.events() + " events read)");
            }
            var out = spec.commandLine().getOut();
            out.printf(
                    "audit log intact: %d %s, last hash %s%n",
                    check.events(), check.events() == 1 ? "event" : "events", check.lastHash());
            if (check.keyedFrom() > 0) {
                out.printf("keyed from event %d%n", check.keyedFrom());
            }
            check.lastAnchor()
                    .ifPresentOrElse(
                            anchor -> out.printf(
                                    "last anchor: event %d at %s; events after it are vouched for by their keyed"
                                            + " hashes only%n",
                                    anchor.eventId(), anchor.at()),
                            () -> out.printf("not anchored yet: deletions at the end cannot be detected%n"));
            return 0;
        }
    }

    @Command(
            name = "anchor",
            mixinStandardHelpOptions = true,
            description =
                    "Writes the head of the audit chain, HMACed, to the append-only anchor file (the server does this"
                            + " every few minutes).")
    static final class Anchor implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var written = ExovigilApplication.withDatabase(database.properties(), AuditLog.class, log -> {
                try {
                    return log.anchor();
                } catch (IllegalStateException broken) {
                    throw CommandFailure.checkFailed(broken.getMessage());
                }
            });
            written.ifPresentOrElse(
                    anchor -> spec.commandLine()
                            .getOut()
                            .printf("anchored event %d, hash %s%n", anchor.eventId(), anchor.hash()),
                    () -> spec.commandLine().getOut().printf("already anchored: the chain has not moved%n"));
            return 0;
        }
    }
}
