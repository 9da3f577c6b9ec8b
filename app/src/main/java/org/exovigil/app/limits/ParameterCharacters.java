package org.exovigil.app.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.TextCharacters;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a form field or query parameter holding NUL or another control character ({@link
 * TextCharacters}) with 400 and a problem naming the field, before any page stores it. PostgreSQL text
 * cannot hold NUL: before this filter, a NUL in a form field gave a 500 and the report was lost (issue
 * 15, finding 11). JSON bodies are checked field by field where they are read (EXO-1219 with the JSON
 * path). OWASP ASVS 4.0.3 L2 5.1.4.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100) // after the character-encoding filter, so parameters are read as UTF-8
class ParameterCharacters extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CODE = ProblemCode.CONTROL_CHARACTER.id();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refused = firstRefused(request.getParameterMap());
        if (refused.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            String message = "expected text without control characters";
            response.getOutputStream()
                    .write(JSON.writeValueAsString(Map.of(
                                    "type",
                                    "about:blank",
                                    "title",
                                    "Not allowed characters",
                                    "status",
                                    400,
                                    "detail",
                                    CODE + ": " + refused.get() + ": " + message,
                                    "errors",
                                    java.util.List.of(
                                            Map.of("code", CODE, "field", refused.get(), "message", message))))
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name of the first parameter whose name or value holds a disallowed character (names shown safely). */
    static Optional<String> firstRefused(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            boolean refused = !TextCharacters.allowed(parameter.getKey());
            for (String value : parameter.getValue()) {
                refused |= !TextCharacters.allowed(value);
            }
            if (refused) {
                return Optional.of(parameter.getKey().replaceAll("\\p{Cntrl}", "?"));
            }
        }
        return Optional.empty();
    }
}
