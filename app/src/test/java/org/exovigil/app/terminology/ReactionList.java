package org.exovigil.app.terminology;

import java.util.StringJoiner;

/** The {@code reactions} of a report as the API reads them, for the coding tests that receive reports. */
final class ReactionList {

    private ReactionList() {}

    /** {@code {"term": ...}} for each verbatim, comma-separated, with quotes and backslashes escaped. */
    static String json(String... verbatims) {
        StringJoiner list = new StringJoiner(", ");
        for (String verbatim : verbatims) {
            list.add("{\"term\": \"" + verbatim.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        }
        return list.toString();
    }
}
