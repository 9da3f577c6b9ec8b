package org.exovigil.app.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An address whose identifier cannot be read ({@code /check/clinic/abc}) names no page, just as one with
 * an unknown number does: both answer 404 "This page does not exist", not 400 "Something went wrong"
 * (RFC 9110 §15.5.5: no current representation of the target resource). A query parameter that cannot be
 * read is still a bad request: the page exists and the question to it is wrong.
 */
@ControllerAdvice
class NoSuchPage {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void unreadableAddress(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response)
            throws IOException {
        if (!mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // Rethrown, it goes on to Spring's own resolvers, which answer 400.
            throw mismatch;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
