package org.exovigil.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the launcher names a data directory and the application
 * runs a real PostgreSQL there, so one command starts everything and data survives restarts.
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
        dataSource.setUsername(EmbeddedDatabase.USER);
        dataSource.setPoolName("exovigil");
        dataSource.setMaximumPoolSize(16);
        return dataSource;
    }
}
