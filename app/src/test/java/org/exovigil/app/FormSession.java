package org.exovigil.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * One browser's worth of cookies, without a browser: what an attacker's script does against a form. It
 * may connect from a chosen loopback address and add headers to every request, as a proxy in front of
 * the server would.
 */
public final class FormSession {

    private final Function<String, String> url;
    private final HttpClient http;
    private final Map<String, String> headers;

    public FormSession(Function<String, String> url) {
        this(url, null, Map.of());
    }

    /** A session whose connections come from {@code from} (e.g. 127.0.0.2) with these headers on every request. */
    public FormSession(Function<String, String> url, InetAddress from, Map<String, String> headers) {
        this.url = url;
        var builder =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER);
        this.http = (from == null ? builder : builder.localAddress(from)).build();
        this.headers = Map.copyOf(headers);
    }

    /** Posts the login form; the answer is the redirect (to /staff when signed in). */
    public HttpResponse<String> signIn(String name, String password) throws IOException, InterruptedException {
        return postForm("/login", "/login", Map.of("username", name, "password", password));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form from the page {@code formPage} as a browser would: with that page's hidden fields (the
     * CSRF token, a form's one-time key), then {@code fields}.
     */
    public HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        var all = new LinkedHashMap<String, String>();
        Jsoup.parse(get(formPage).body())
                .select("input[type=hidden][name]")
                .forEach(hidden -> all.put(hidden.attr("name"), hidden.attr("value")));
        if (!all.containsKey("_csrf")) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        all.putAll(fields);
        String body = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                request(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether this session is signed in: a staff page answers rather than sending it to the login page. */
    public boolean signedIn() throws IOException, InterruptedException {
        return get("/staff").statusCode() == 200;
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(url.apply(path)));
        headers.forEach(request::header);
        return request;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
