package org.exovigil.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the launcher names a data directory and the application
 * runs a real PostgreSQL there, so one command starts everything and data survives restarts. The
 * application's connections use a role that owns nothing; migrations run as the owner
 * (OWASP ASVS 4.0.3 1.4.3).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("exovigil.database.embedded-dir")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${exovigil.database.embedded-dir}") Path directory) {
        return EmbeddedDatabase.open(directory);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(DatabaseSecret.APPLICATION_ROLE);
        dataSource.setPassword(database.secret().application());
        dataSource.setPoolName("exovigil");
        dataSource.setMaximumPoolSize(16);
        return dataSource;
    }

    /** Flyway connects as the owner of the schema, and grants the application role its rights after. */
    @Bean
    FlywayConfigurationCustomizer ownerRunsMigrations(EmbeddedDatabase database) {
        return configuration -> configuration
                .dataSource(
                        database.jdbcUrl(),
                        DatabaseSecret.OWNER_ROLE,
                        database.secret().owner())
                .callbacks(new ApplicationRoleGrants());
    }
}
