package org.exovigil.app.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a server, loads the demonstration register (fictional clinics, each
 * marked as demo) so that a newcomer sees a working portal at once; {@code --no-demo} skips it.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "exovigil.demo", havingValue = "true")
@org.springframework.core.annotation.Order(1)
class DemoData implements ApplicationRunner {

    static final String DATA_SET = "providers";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final Providers providers;

    DemoData(JdbcClient jdbc, Providers providers) {
        this.jdbc = jdbc;
        this.providers = providers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        int claimed = jdbc.sql("insert into demo_data_set (name) values (?) on conflict do nothing")
                .param(DATA_SET)
                .update();
        if (claimed == 0) {
            return;
        }
        List<Provider> demo = read("demo/providers.tsv");
        demo.forEach(providers::add);
        log.info("Loaded demonstration data: {} providers", demo.size());
    }

    private static List<Provider> read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .skip(1)
                    .map(line -> line.split("\t", -1))
                    .map(cells -> new Provider(0, cells[0], cells[1], cells[2], cells[3], cells[4], true))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
