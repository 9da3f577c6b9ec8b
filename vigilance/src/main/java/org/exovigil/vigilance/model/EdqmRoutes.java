package org.exovigil.vigilance.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The EDQM Standard Term of each of Exovigil's routes, as data ({@code edqm-routes.csv}, with its source),
 * kept once for E2B (G.k.4.r.10.2b) and FHIR ({@code Dosage.route}) alike.
 */
public final class EdqmRoutes {

    /** The EDQM Standard Terms code system, as E2B names it (an OID) and as FHIR does. */
    public static final String OID = "0.4.0.127.0.16.1.1.2.6";

    private static final Map<Route, String> CODES = load();

    private EdqmRoutes() {}

    /** The EDQM code of the route, empty where EDQM has no exact term. */
    public static Optional<String> codeOf(Route route) {
        return Optional.ofNullable(CODES.get(route));
    }

    /** The route whose EDQM code this is. */
    public static Optional<Route> routeOf(String code) {
        return CODES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(code))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<Route, String> load() {
        Map<Route, String> codes = new EnumMap<>(Route.class);
        try (InputStream in = EdqmRoutes.class.getResourceAsStream("edqm-routes.csv");
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("route,")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Route route = Coded.fromCode(Route.class, cells[0])
                        .orElseThrow(() -> new IllegalStateException("edqm-routes.csv: no route " + cells[0]));
                if (!cells[1].isBlank()) {
                    codes.put(route, cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("edqm-routes.csv cannot be read", e);
        }
        return codes;
    }
}
