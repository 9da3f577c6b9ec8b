package org.exovigil.app;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/** The Spring Boot application: persistence, workflows, the web portal, REST and FHIR, security. */
@SpringBootApplication
public class ExovigilApplication {

    /** Runs the web application and returns when it has stopped (on SIGTERM or Ctrl-C, after a graceful shutdown). */
    public static void serve(Map<String, Object> properties) throws InterruptedException {
        var stopped = new CountDownLatch(1);
        var context = new SpringApplicationBuilder(ExovigilApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .properties(properties)
                // A class, not a lambda: Spring cannot see a lambda's event type, so it would hand the lambda every
                // event (two per report) and catch the ClassCastException each time (issue 22, JFR).
                .listeners(new ApplicationListener<ContextClosedEvent>() {
                    @Override
                    public void onApplicationEvent(ContextClosedEvent closed) {
                        stopped.countDown();
                    }
                })
                .run();
        if (context.isActive()) {
            stopped.await();
        }
    }

    /** Starts the application without a web server, runs one task with one of its services, and stops. */
    public static <S, T> T withDatabase(Map<String, Object> properties, Class<S> service, Function<S, T> task) {
        try (var context = new SpringApplicationBuilder(ExovigilApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .properties(Map.of(
                        "logging.level.root", "warn",
                        // A command is watched by the person who ran it and may rightly take long (a FAERS quarter).
                        "exovigil.database.statement-timeout", "0",
                        "exovigil.database.socket-timeout", "0"))
                .run()) {
            return task.apply(context.getBean(service));
        }
    }
}
