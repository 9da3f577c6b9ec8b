package org.exovigil.app.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.exovigil.watch.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a first start with demo data, reads the fictional demo clinics' web pages, so "Check a clinic" and
 * the watch dashboard show real extraction and judgement at once. Runs after the demo register.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "exovigil.demo", havingValue = "true")
@Order(2)
class DemoPages implements ApplicationRunner {

    static final String DATA_SET = "clinic-pages";
    private static final Logger log = LoggerFactory.getLogger(DemoPages.class);

    private final JdbcClient jdbc;
    private final WatchedPages pages;
    private final Clock clock;

    DemoPages(JdbcClient jdbc, WatchedPages pages, Clock clock) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) throws IOException {
        int claimed = jdbc.sql("insert into demo_data_set (name) values (?) on conflict do nothing")
                .param(DATA_SET)
                .update();
        if (claimed == 0) {
            return;
        }
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/pages/*.html");
        for (Resource resource : found) {
            pages.ingest(page(resource), clock.instant());
        }
        log.info("Loaded demonstration data: {} clinic pages", found.length);
    }

    /** A saved page opens with its "URL:" line, as the crawler writes it. */
    private static Page page(Resource resource) {
        try (var in = resource.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int lineEnd = text.indexOf('\n');
            return Page.html(
                    "demo/pages/" + resource.getFilename(),
                    text.substring(4, lineEnd).strip(),
                    text.substring(lineEnd + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo page " + resource.getFilename(), e);
        }
    }
}
