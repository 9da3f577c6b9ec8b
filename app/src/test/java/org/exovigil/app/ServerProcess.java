package org.exovigil.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./exovigil serve} as a real operating-system process on the test class path, for what an
 * in-process application cannot show: a hard kill, or load from another process.
 */
public final class ServerProcess {

    private static final long START_TIMEOUT_SECONDS = 120;

    private ServerProcess() {}

    /**
     * Starts the server without demo data and returns once it says it is ready. {@code jvmOptions} come
     * before the main class, e.g. {@code -Dexovigil.database.socket-timeout=3s}.
     */
    public static Process start(int port, Path data, String... jvmOptions) throws InterruptedException, IOException {
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>(List.of(javaBinary, "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "org.exovigil.app.Exovigil",
                "serve",
                "--no-demo",
                "--port",
                Integer.toString(port),
                "--data",
                data.toString()));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var ready = new CountDownLatch(1);
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread.ofVirtual().start(() -> {
            try (var lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                    if (line.contains("Exovigil is ready at")) {
                        ready.countDown();
                    }
                }
            } catch (IOException stopped) {
                // the process was stopped or killed
            }
        });
        if (!ready.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not start:\n" + String.join("\n", output));
        }
        return process;
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
