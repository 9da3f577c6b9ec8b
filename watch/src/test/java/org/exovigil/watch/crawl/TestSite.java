package org.exovigil.watch.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web site on 127.0.0.1 for the crawl tests, serving what the test puts on it and recording each
 * request with its arrival time. Unknown paths answer 404.
 */
final class TestSite implements AutoCloseable {

    /** A request as the server saw it; {@code nanos} on the {@link System#nanoTime} clock. */
    record Request(String path, String userAgent, long nanos) {}

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();

    private TestSite(HttpServer server) {
        this.server = server;
    }

    static TestSite start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var site = new TestSite(server);
        server.createContext("/", site::serve);
        server.start();
        return site;
    }

    /** The address of {@code path} on this site, by IP: {@code http://127.0.0.1:<port><path>}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    TestSite route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    TestSite serve(String path, String contentType, byte[] body) {
        return route(path, exchange -> answer(exchange, 200, contentType, body));
    }

    TestSite html(String path, String html) {
        return serve(path, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestSite text(String path, String contentType, String text) {
        return serve(path, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    TestSite redirect(String path, int status, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }

    /** Every request so far, in arrival order. */
    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The paths requested so far, in arrival order. */
    List<String> paths() {
        return requests().stream().map(Request::path).toList();
    }

    static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        synchronized (this) {
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        }
        Handler handler = routes.get(path);
        try {
            if (handler == null) {
                answer(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.US_ASCII));
            } else {
                handler.handle(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
