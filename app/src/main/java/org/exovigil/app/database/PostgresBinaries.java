package org.exovigil.app.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where zonky unpacked the PostgreSQL programs. zonky runs {@code initdb} and {@code pg_ctl} itself but
 * does not say where they are, and setting a password before the server first listens needs
 * {@code postgres --single}; zonky's own (cached, idempotent) unpacking step is asked for the folder.
 */
final class PostgresBinaries {

    private PostgresBinaries() {}

    /**
     * The command line running {@code program} as zonky runs it: as root, PostgreSQL refuses to start,
     * so zonky runs it in a user namespace of its own ({@code unshare -U}), and so does this.
     */
    static List<String> command(String program, String... arguments) {
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin().resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    static Path bin() {
        try {
            var prepare =
                    EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            File root = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
            return root.toPath().resolve("bin");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot find the embedded PostgreSQL programs (zonky changed?)", e);
        }
    }
}
