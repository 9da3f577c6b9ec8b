package org.exovigil.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsAnOutageHoweverDeepTheCause() {
        assertThat(DatabaseUnavailable.unreachable(new CannotGetJdbcConnectionException("pool timed out")))
                .isTrue();
        assertThat(DatabaseUnavailable.unreachable(new CannotCreateTransactionException(
                        "no connection",
                        new SQLTransientConnectionException("exovigil - Connection is not available"))))
                .isTrue();
        assertThat(DatabaseUnavailable.unreachable(new ServletException(
                        "Request processing failed",
                        new RuntimeException(new SQLException("An I/O error occurred", "08006")))))
                .isTrue();
        assertThat(DatabaseUnavailable.unreachable(new RuntimeException(
                        new SQLException("canceling statement due to statement timeout", "57014"))))
                .isTrue();
    }

    @Test
    void aBugOrARefusedRowIsNotAnOutage() {
        assertThat(DatabaseUnavailable.unreachable(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.unreachable(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"))))
                .isFalse();
    }
}
