package org.exovigil.app.cli;

import java.util.concurrent.Callable;
import org.exovigil.app.ExovigilApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Runs the web application and its APIs. Without --db it starts an embedded PostgreSQL whose files live in --data.")
public final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-demo", description = "Do not load the demonstration data on first start.")
    boolean noDemo;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw CommandFailure.unusable("--port: expected a number from 0 to 65535, got " + port);
        }
        var properties = database.properties();
        properties.put("server.port", port);
        properties.put("exovigil.demo", !noDemo);
        properties.put(
                "logging.file.name",
                database.data.toAbsolutePath().resolve("logs/exovigil.log").toString());
        ExovigilApplication.serve(properties);
        return 0;
    }
}
