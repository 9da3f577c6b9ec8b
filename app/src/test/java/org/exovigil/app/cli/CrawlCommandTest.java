package org.exovigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exovigil.app.ExovigilCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./exovigil crawl against a small local site, and its answer to a bad seeds file. */
class CrawlCommandTest {

    @TempDir
    Path folder;

    @Test
    void aSiteIsCrawledIntoPagesThatExtractReads() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = switch (path) {
                case "/robots.txt" -> "User-agent: *\nDisallow: /private\n";
                case "/" -> "<html><body><a href=\"/exosomes\">Exosomes</a> <a href=\"/private\">x</a></body></html>";
                case "/exosomes" ->
                    "<html><body><h1>Exosome IV therapy</h1><p>Umbilical cord exosomes for knee pain, $4,500 per session.</p></body></html>";
                default -> null;
            };
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", path.equals("/robots.txt") ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        site.start();
        try {
            Path seeds = Files.writeString(
                    folder.resolve("seeds.txt"),
                    "http://127.0.0.1:" + site.getAddress().getPort() + "/\n");
            Path out = folder.resolve("crawl");

            ExovigilCommand crawl = ExovigilCommand.run("crawl", "--seeds", seeds.toString(), "--out", out.toString());

            assertThat(crawl.exitCode()).isZero();
            Path pages = Path.of(crawl.out().strip());
            ExovigilCommand extract = ExovigilCommand.run("survey", pages.toString());
            assertThat(extract.exitCode()).isZero();
            try (var warcs = Files.list(out)) {
                assertThat(warcs.map(Path::toString)).anyMatch(name -> name.endsWith(".warc.gz"));
            }
            assertThat(Files.readString(out.resolve("crawl-log.tsv"))).contains("robots");
        } finally {
            site.stop(0);
        }
    }

    @Test
    void aBadSeedIsOneLineNamingTheLine() throws Exception {
        Path seeds = Files.writeString(folder.resolve("seeds.txt"), "https://clinic.example/\nwww.no-scheme.example\n");

        ExovigilCommand crawl = ExovigilCommand.run(
                "crawl",
                "--seeds",
                seeds.toString(),
                "--out",
                folder.resolve("x").toString());

        assertThat(crawl.exitCode()).isEqualTo(2);
        assertThat(crawl.err().lines()).hasSize(1);
        assertThat(crawl.err()).contains("seeds.txt:2");
    }
}
