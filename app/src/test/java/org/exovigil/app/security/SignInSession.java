package org.exovigil.app.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser's worth of cookies, without a browser: what an attacker's script does against the login form. */
final class SignInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final Function<String, String> url;
    private final HttpClient http;

    SignInSession(Function<String, String> url) {
        this.url = url;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts the login form; the answer is the redirect (to /staff when signed in). */
    HttpResponse<String> signIn(String name, String password) throws IOException, InterruptedException {
        return postForm("/login", "/login", Map.of("username", name, "password", password));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url.apply(path)))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form from the page {@code formPage}, with that page's CSRF token, as a browser would. */
    HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        var matcher = CSRF.matcher(get(formPage).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", matcher.group(1));
        String body = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(url.apply(action)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether this session is signed in: a staff page answers rather than sending it to the login page. */
    boolean signedIn() throws IOException, InterruptedException {
        return get("/staff").statusCode() == 200;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
