package org.exovigil.app.caseseries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.signals.CaseSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the case series of a product-event pair from the case store: the same rows the signal table counts
 * (the current, non-nullified version of every case that is not a duplicate of another; a suspect or
 * interacting product under its register name; the reaction as the PT level event it counts as, see
 * {@link CaseSignals#preferredTermEvent}), so the series holds exactly the cases listed on the pair's page.
 */
@Component
class CaseSeriesStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ROWS = """
            select c.id, c.reference, c.country, c.serious, rp.position, r.ordinality - 1, v.clinical::text
            from report_case c
            join report_version v on v.case_id = c.id and v.version = c.current_version
            join report_product rp on rp.case_id = c.id
            join product p on p.id = rp.product_id
            cross join jsonb_array_elements(v.clinical -> 'reactions') with ordinality r(reaction, ordinality)
            left join reaction_code code on code.case_id = c.id and code.reaction = r.ordinality - 1
            where not c.nullified and c.master_case is null and r.reaction ->> 'term' is not null
              and coalesce(v.clinical -> 'products' -> rp.position ->> 'role', 'suspect') in ('suspect', 'interacting')
              and p.name = ? and %s = ?
            order by c.received_at, c.id, rp.position, r.ordinality""".formatted(CaseSignals.preferredTermEvent("r.reaction", "code"));

    /** A reviewer's latest Naranjo answers per case, product and reaction of the pair. */
    private static final String NARANJO = """
            select distinct on (rc.case_id, rc.product_index, rc.reaction_index)
                   rc.case_id, rc.product_index, rc.reaction_index,
                   rc.naranjo_answers ->> 'IMPROVED_ON_DISCONTINUATION',
                   rc.naranjo_answers ->> 'REAPPEARED_ON_READMINISTRATION'
            from report_causality rc
            join report_product rp on rp.case_id = rc.case_id and rp.position = rc.product_index
            join product p on p.id = rp.product_id
            where rc.method = 'Naranjo' and p.name = ?
            order by rc.case_id, rc.product_index, rc.reaction_index, rc.id desc""";

    private final JdbcClient jdbc;

    CaseSeriesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Place(UUID caseId, int product, int reaction) {}

    private record Answers(String dechallenge, String rechallenge) {}

    List<SeriesCase> of(String product, String event) {
        Map<Place, Answers> naranjo = new HashMap<>();
        jdbc.sql(NARANJO).param(product).query(rs -> {
            naranjo.put(
                    new Place(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)),
                    new Answers(rs.getString(4), rs.getString(5)));
        });
        List<SeriesCase> cases = new ArrayList<>();
        jdbc.sql(ROWS).params(product, event).query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            int productAt = rs.getInt(5);
            int reactionAt = rs.getInt(6);
            JsonNode clinical = JSON.readTree(rs.getString(7));
            JsonNode given = clinical.path("products").path(productAt);
            JsonNode reaction = clinical.path("reactions").path(reactionAt);
            JsonNode details = given.path("details");
            String outcome = text(reaction.path("outcome"));
            Answers answers = naranjo.getOrDefault(new Place(id, productAt, reactionAt), new Answers(null, null));
            cases.add(new SeriesCase(
                    id,
                    rs.getString(2),
                    text(given.path("route")),
                    date(given.path("startedOn")),
                    date(reaction.path("onset")),
                    clinical.at("/patient/ageYears").isNumber()
                            ? clinical.at("/patient/ageYears").asDouble()
                            : null,
                    text(clinical.at("/patient/sex")),
                    rs.getBoolean(4),
                    outcome,
                    rs.getString(3),
                    Challenge.dechallenge(answers.dechallenge(), text(details.path("actionTaken")), outcome),
                    Challenge.rechallenge(answers.rechallenge(), recurrence(details.path("relatedness"), reactionAt))));
        });
        return cases;
    }

    /** G.k.9.i.4 of the product for the reaction at {@code reaction}, or null. */
    private static String recurrence(JsonNode relatedness, int reaction) {
        for (JsonNode one : relatedness) {
            if (one.path("reaction").asInt(-1) == reaction) {
                return text(one.path("recurrence"));
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asString().isBlank() ? null : node.asString();
    }

    /** A full date; a partial or malformed one is unknown for the time to onset. */
    private static LocalDate date(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
