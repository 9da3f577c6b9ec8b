package org.exovigil.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the data lives, shared by every command that needs the database: an embedded PostgreSQL
 * under {@code --data}, or the server named by {@code --db}.
 */
public final class DatabaseOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = ".exovigil",
            description = "Folder of the embedded database and logs (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description =
                    "Use this PostgreSQL server instead of the embedded one, e.g. jdbc:postgresql://host/exovigil?user=u&password=p")
    String db;

    /** Spring properties that point the application at this database. */
    Map<String, Object> properties() {
        var properties = new HashMap<String, Object>();
        Path dataDirectory = data.toAbsolutePath().normalize();
        properties.put("exovigil.data-dir", dataDirectory.toString());
        if (db == null) {
            properties.put(
                    "exovigil.database.embedded-dir",
                    dataDirectory.resolve("pg17").toString());
        } else {
            if (!db.startsWith("jdbc:postgresql:")) {
                throw CommandFailure.unusable(
                        "--db: expected a PostgreSQL JDBC URL (jdbc:postgresql://...), got \"" + db + "\"");
            }
            properties.put("spring.datasource.url", db);
            // Migrations connect on their own, without the time limits of the application's pool.
            properties.put("spring.flyway.url", db);
        }
        return properties;
    }
}
