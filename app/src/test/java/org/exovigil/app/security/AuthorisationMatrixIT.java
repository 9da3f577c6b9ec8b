package org.exovigil.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exovigil.app.FormSession;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.registry.ProviderMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The authorisation matrix of issue 15, generated: every endpoint the running application maps, sent a
 * request by anonymous and by every role, signed in and by API token, and each answer held against
 * {@code security/authorisation-matrix.csv}. A refusal is 401 or 403, or for a page the way to the sign-in
 * form; anything else has got past the access checks. An endpoint someone may reach must also not fail
 * (5xx) on a request it does not understand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT extends RunningExovigil {

    private static final String PASSWORD = "matrix passphrase for every role";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");
    /** Path variables name nothing that exists: the request must be judged on who sends it, not on what it finds. */
    private static final Map<String, String> NOTHING = Map.of(
            "kind",
            "clinic",
            "code",
            "XX",
            "name",
            "no-such-account",
            "token",
            "no-such-setup-link",
            "number",
            "no-such-number");

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ProviderMembers members;

    @Autowired
    JdbcClient jdbc;

    private final Map<Role, Caller> sessions = new LinkedHashMap<>();
    private final Map<Role, Caller> bearers = new LinkedHashMap<>();

    @BeforeAll
    void oneAccountAndOneTokenPerRole() throws Exception {
        for (Role role : Role.values()) {
            String name = "matrix-" + role.name().toLowerCase();
            accounts.completeSetup(accounts.invite(name, role).token(), PASSWORD);
            String token = tokens.issue(name + "-token", role);
            if (role == Role.PROVIDER) {
                // A clinic's staff and its reporting system both act for it.
                members.link(name, aClinic());
                members.link(name + "-token", aClinic());
            }
            var session = new FormSession(this::url);
            assertThat(session.signIn(name, PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
            sessions.put(role, Caller.browser(session));
            bearers.put(role, Caller.bearer(this::url, token));
        }
    }

    private long aClinic() {
        return jdbc.sql("select min(id) from provider where merged_into is null")
                .query(Long.class)
                .single();
    }

    @Test
    void everyMappedEndpointIsInTheMatrix() throws IOException {
        assertThat(mapped()).containsExactlyInAnyOrderElementsOf(expected().keySet());
    }

    @Test
    void everyoneReachesWhatTheMatrixAllowsAndNothingElse() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var endpoint : expected().entrySet()) {
            Set<Role> allowed = endpoint.getValue();
            judge(wrong, endpoint.getKey(), "anonymous", Caller.browser(new FormSession(this::url)), allowed == null);
            for (Role role : Role.values()) {
                boolean may = allowed == null || allowed.contains(role);
                judge(wrong, endpoint.getKey(), role + " signed in", sessions.get(role), may);
                judge(wrong, endpoint.getKey(), role + " by token", bearers.get(role), may);
            }
        }
        assertThat(wrong).as("answers against the matrix").isEmpty();
    }

    private void judge(List<String> wrong, String endpoint, String who, Caller caller, boolean may) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        HttpResponse<String> answer = caller.send(method, concrete(path));
        int status = answer.statusCode();
        boolean refused = status == 401
                || status == 403
                || answer.headers()
                        .firstValue("Location")
                        .filter(to -> to.endsWith("/login"))
                        .isPresent();
        // The error page answers with the status of the error it shows, and with 500 when asked for directly.
        boolean failed = status >= 500 && !path.equals("/error");
        if (may && (refused || failed)) {
            wrong.add(endpoint + " " + who + ": expected to reach it, got " + status);
        } else if (!may && !refused) {
            wrong.add(endpoint + " " + who + ": expected a refusal, got " + status);
        }
    }

    /** "METHOD /path" of every endpoint the application maps, its own and the management ones. */
    private Set<String> mapped() {
        Set<String> endpoints = new TreeSet<>();
        for (var mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (var info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods =
                        info.getMethodsCondition().getMethods().isEmpty()
                                ? EnumSet.of(RequestMethod.GET)
                                : info.getMethodsCondition().getMethods();
                for (String path : info.getPatternValues()) {
                    methods.forEach(method -> endpoints.add(method + " " + path));
                }
            }
        }
        return endpoints;
    }

    /** The matrix: "METHOD /path" to the roles that may reach it, or null for everyone. */
    private static Map<String, Set<Role>> expected() throws IOException {
        Map<String, Set<Role>> matrix = new LinkedHashMap<>();
        try (InputStream in = AuthorisationMatrixIT.class.getResourceAsStream("/security/authorisation-matrix.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                String[] cells = line.strip().split(",", 3);
                matrix.put(cells[0] + " " + cells[1], who(cells[2]));
            }
        }
        return matrix;
    }

    private static Set<Role> who(String cell) {
        return switch (cell) {
            case "everyone" -> null;
            case "signed-in" -> EnumSet.allOf(Role.class);
            default ->
                Arrays.stream(cell.split(" "))
                        .map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        };
    }

    private static String concrete(String pattern) {
        return VARIABLE.matcher(pattern.replace("**", "liveness"))
                .replaceAll(variable -> NOTHING.getOrDefault(variable.group(1), "999999999"));
    }

    /** Someone sending requests: a browser's session (nobody's, or a signed-in person's), or a machine's token. */
    @FunctionalInterface
    private interface Caller {

        HttpResponse<String> send(String method, String path) throws Exception;

        /** Forms carry the CSRF token of their session, taken from the sign-in page as a browser would. */
        static Caller browser(FormSession session) {
            return (method, path) ->
                    method.equals("GET") ? session.get(path) : session.postForm("/login", path, Map.of());
        }

        static Caller bearer(Function<String, String> url, String token) {
            var http = HttpClient.newHttpClient();
            return (method, path) -> http.send(
                    HttpRequest.newBuilder(URI.create(url.apply(path)))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json")
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
