package org.exovigil.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * How long the application waits for PostgreSQL (issue 15, finding 16). Without these a database that
 * stops answering, frozen rather than dead (a stalled disk, a paused VM, a lost network), held every
 * request that reached it for ever. Now:
 * <ul>
 *   <li>a statement runs at most {@code exovigil.database.statement-timeout} on the server, which
 *       cancels it ({@code statement_timeout});
 *   <li>a connection waits at most {@code exovigil.database.socket-timeout} for the server to send
 *       anything, then is closed (pgjdbc {@code socketTimeout}), for when the server cannot even cancel;
 *   <li>opening a connection, and borrowing one from the pool, take at most 10 s.
 * </ul>
 * The pool drops a broken connection and opens new ones once the server answers again, so the
 * application recovers by itself. Commands (imports, audit verify) set both to 0, no limit: a person
 * watches them, and a FAERS quarter takes longer than any web request should.
 */
@Component
final class DatabaseTimeouts implements BeanPostProcessor {

    static final Duration CONNECT = Duration.ofSeconds(10);

    private final Duration statement;
    private final Duration socket;

    DatabaseTimeouts(
            @Value("${exovigil.database.statement-timeout:30s}") Duration statement,
            @Value("${exovigil.database.socket-timeout:45s}") Duration socket) {
        this.statement = statement;
        this.socket = socket;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    void apply(HikariDataSource pool) {
        pool.setConnectionTimeout(CONNECT.toMillis());
        // Strings: the driver reads its properties with Properties.getProperty, which sees no other type.
        pool.addDataSourceProperty("connectTimeout", Long.toString(CONNECT.toSeconds()));
        pool.addDataSourceProperty("loginTimeout", Long.toString(CONNECT.toSeconds()));
        pool.addDataSourceProperty("socketTimeout", Long.toString(socket.toSeconds()));
        pool.addDataSourceProperty("options", "-c statement_timeout=" + statement.toMillis());
    }
}
