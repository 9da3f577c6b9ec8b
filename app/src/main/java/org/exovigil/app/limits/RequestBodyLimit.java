package org.exovigil.app.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.refusals.RefusalText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than its endpoint allows with 413 and a problem document, before
 * anything reads it. Before this filter, a 300 MB JSON body was read whole into memory and parsed
 * (issue 15, finding 4). Reports (JSON, E2B XML, FHIR) have their own limit, 2 MB unless configured
 * ({@code exovigil.limits.report-body}); an event's evidence form {@code exovigil.limits.evidence-body}, 11 MB; every
 * other endpoint has {@code exovigil.limits.request-body}.
 * A declared Content-Length is judged at once; a chunked body is read up to one byte past the limit
 * and no further. OWASP ASVS 4.0.3 L2 12.1.1 (limit on request size), 13.1.5 (content checked).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long reportBody;
    private final long evidenceBody;
    private final long requestBody;
    private final RefusalText refusals;
    private final LocaleResolver locales;

    RequestBodyLimit(
            @Value("${exovigil.limits.report-body:2MB}") DataSize reportBody,
            @Value("${exovigil.limits.evidence-body:11MB}") DataSize evidenceBody,
            @Value("${exovigil.limits.request-body:2MB}") DataSize requestBody,
            RefusalText refusals,
            LocaleResolver locales) {
        this.reportBody = reportBody.toBytes();
        this.evidenceBody = evidenceBody.toBytes();
        this.requestBody = requestBody.toBytes();
        this.refusals = refusals;
        this.locales = locales;
    }

    /** The limit of the endpoint the request is for. */
    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean report = path.equals("/api/v1/reports") || path.equals("/fhir") || path.startsWith("/fhir/");
        // An event's evidence (a letter, a scan, an autopsy report) is a document of up to
        // exovigil.limits.evidence-document; its form may be that much and a little more, so the event page, not
        // this filter, refuses a document just over the limit, in words a regulator reads (EXO-1924).
        boolean evidence = path.startsWith("/regulator/events/") && path.endsWith("/evidence");
        return report ? reportBody : evidence ? evidenceBody : requestBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        if (declared < 0 && mayHaveBody(request) && !isForm(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A body without a declared length (HTTP/1.1 chunked, or HTTP/2 without content-length). */
    private static boolean mayHaveBody(HttpServletRequest request) {
        String method = request.getMethod();
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /** Forms are read by the container, which bounds them itself (server.tomcat.max-http-form-post-size). */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                        || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    /** The text in the request's language, English unless the client asks for another. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Refusal refusal = Refusal.of(LimitRefusal.BODY_TOO_LARGE, limit);
        String code = refusal.code().id();
        String message = refusals.message(refusal, locales.resolveLocale(request));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("field", "(body)");
        error.put("message", message);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Request too large");
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", code + ": (body): " + message);
        problem.put("errors", List.of(error));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** A chunked body already read (within the limit), offered again to whoever reads the request. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }
    }
}
