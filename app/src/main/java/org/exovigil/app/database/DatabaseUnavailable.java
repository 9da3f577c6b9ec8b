package org.exovigil.app.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.refusals.RefusalText;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A request that finds the database down, frozen or too slow is answered 503 with Retry-After
 * (RFC 9110 §15.6.4), in the person's language, instead of a 500 or an endless wait (issue 15, finding
 * 16). It wraps every other filter except the body limit, since the sign-in and token checks ask the
 * database first, and it renders its answer itself: the error page would ask the database again. A
 * report that met this answer was not acknowledged, and its sender may send it again: intake is
 * idempotent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseUnavailable extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 30;

    private final MessageSource messages;
    private final RefusalText refusals;
    private final LocaleResolver locales;

    DatabaseUnavailable(MessageSource messages, RefusalText refusals, LocaleResolver locales) {
        this.messages = messages;
        this.refusals = refusals;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (!unreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            logger.warn("the database did not answer: " + failure);
            answer(request, response);
        }
    }

    /** Whether the failure, or one of its causes, is the database not answering rather than a bug. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57014: statement cancelled by statement_timeout; 57P0x: shutting down.
                if (state.startsWith("08") || state.equals("57014") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("error.unavailable.title", null, locale);
        String code = DatabaseRefusal.UNAVAILABLE.id();
        String text = refusals.message(Refusal.of(DatabaseRefusal.UNAVAILABLE), locale);
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/fhir")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"about:blank","title":"Service unavailable","status":503,"detail":"%s: %s",\
                    "errors":[{"code":"%s","field":"(database)","message":"%s"}]}""".formatted(code, json(text), code, json(text)));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1><p>%s</p><p><a href="%s/">%s</a></p></body></html>
                """.formatted(
                        locale.getLanguage(),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(text),
                        request.getContextPath(),
                        HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale))));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
