package org.exovigil.app.events;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Proposes what an event may concern: clinics from the register (name, city and address, country), businesses from
 * the marketing watch (site, the clinic it is linked to, country, the product types it offers), products from the
 * register, and cases already reported (the claimed outcome, country, a window around the event's date, and the
 * clinic or product they name). Each candidate carries its score and reasons; a regulator decides, Exovigil proposes.
 *
 * <p>Names are compared after Unicode NFKC folding and lower-casing, as whole strings either way round (one contains
 * the other), since a rumour names a clinic loosely ("the Ginza clinic") and Japanese text has no spaces to split on;
 * across scripts, by their Latin readings ("Hakodate" and 函館).
 */
@Service
class EventCandidates {

    /** Cases received this many days either side of the event's date are near it in time. */
    static final int CASE_WINDOW_DAYS = 90;
    /** At most this many candidates of each kind, best first. */
    static final int LIMIT = 10;

    private final JdbcClient jdbc;

    EventCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> propose(EventRecord event) {
        List<Candidate> all = new ArrayList<>();
        all.addAll(best(registerClinics(event)));
        all.addAll(best(watchedBusinesses(event)));
        all.addAll(best(products(event)));
        all.addAll(best(cases(event)));
        return all;
    }

    private List<Candidate> registerClinics(EventRecord event) {
        return jdbc.sql("""
                        select id, name, country, coalesce(city, ''), coalesce(address, '') from provider
                        where (cast(? as text) is null or country = ?) order by id limit 5000""")
                .params(event.country(), event.country())
                .query((rs, row) -> {
                    var reasons = new ArrayList<String>();
                    int score = 0;
                    if (names(event.clinic(), rs.getString(2))) {
                        score += 3;
                        reasons.add("events.candidate.reason.name");
                    }
                    if (names(event.place(), rs.getString(4)) || names(event.place(), rs.getString(5))) {
                        score += 2;
                        reasons.add("events.candidate.reason.place");
                    }
                    if (event.country() != null) {
                        score += 1;
                        reasons.add("events.candidate.reason.country");
                    }
                    return new Candidate(
                            "clinic",
                            "register",
                            rs.getString(2),
                            rs.getString(4).isEmpty() ? rs.getString(3) : rs.getString(4) + ", " + rs.getString(3),
                            "/check/clinic/" + rs.getLong(1),
                            null,
                            score,
                            reasons);
                })
                .list();
    }

    private List<Candidate> watchedBusinesses(EventRecord event) {
        return jdbc.sql("""
                        select s.host, coalesce(p.name, ''), coalesce(s.country, ''),
                               coalesce(s.profile -> 'product_types', '[]'::jsonb)::text, s.provider_id
                        from watch_site s left join provider p on p.id = s.provider_id
                        where s.marketing and (cast(? as text) is null or s.country = ?) order by s.host limit 5000""")
                .params(event.country(), event.country())
                .query((rs, row) -> {
                    var reasons = new ArrayList<String>();
                    int score = 0;
                    String host = rs.getString(1).replaceFirst("^www\\.", "");
                    String site = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
                    if (names(event.clinic(), rs.getString(2)) || names(event.clinic(), site)) {
                        score += 3;
                        reasons.add("events.candidate.reason.name");
                    }
                    String offered = rs.getString(4).replace('_', ' ');
                    if (names(event.product(), offered) || offers(offered, event.product())) {
                        score += 2;
                        reasons.add("events.candidate.reason.offers");
                    }
                    if (event.country() != null) {
                        score += 1;
                        reasons.add("events.candidate.reason.country");
                    }
                    Long provider = rs.getObject(5, Long.class);
                    return new Candidate(
                            "clinic",
                            "watch",
                            rs.getString(2).isEmpty() ? rs.getString(1) : rs.getString(2),
                            rs.getString(1),
                            provider == null ? null : "/check/clinic/" + provider,
                            null,
                            score,
                            reasons);
                })
                .list();
    }

    private List<Candidate> products(EventRecord event) {
        if (event.product() == null) {
            return List.of();
        }
        return jdbc.sql(
                        "select id, name, coalesce(type, '') from product where merged_into is null order by id limit 5000")
                .query((rs, row) -> {
                    boolean named = names(event.product(), rs.getString(2))
                            || names(event.product(), rs.getString(3).replace('_', ' '));
                    return new Candidate(
                            "product",
                            "register",
                            rs.getString(2),
                            rs.getString(3),
                            "/registry/products/" + rs.getLong(1),
                            null,
                            named ? 3 : 0,
                            named ? List.of("events.candidate.reason.product") : List.of());
                })
                .list();
    }

    private List<Candidate> cases(EventRecord event) {
        boolean grave = event.outcome().equals("death") || event.outcome().equals("life_threatening");
        return jdbc.sql("""
                        select c.id, c.reference, coalesce(c.country, ''), c.fatal_or_life_threatening,
                               c.received_at::date,
                               coalesce((select string_agg(coalesce(p ->> 'name', '') || ' ' || coalesce(p ->> 'provider', ''), ' ')
                                         from jsonb_array_elements(v.clinical -> 'products') p), ''),
                               coalesce(v.clinical #>> '{reactions,0,term}', '')
                        from report_case c join report_version v on v.case_id = c.id and v.version = c.current_version
                        where not c.nullified and c.received_at::date between ? and ?
                          and (cast(? as text) is null or c.country = ?)
                        order by c.received_at desc limit 5000""")
                .params(
                        event.sourceDate().minusDays(CASE_WINDOW_DAYS),
                        event.sourceDate().plusDays(CASE_WINDOW_DAYS),
                        event.country(),
                        event.country())
                .query((rs, row) -> {
                    var reasons = new ArrayList<String>();
                    int score = 0;
                    reasons.add("events.candidate.reason.time");
                    if (grave && rs.getBoolean(4)) {
                        score += 2;
                        reasons.add("events.candidate.reason.outcome");
                    }
                    String named = rs.getString(6);
                    if (names(event.clinic(), named) || names(event.product(), named)) {
                        score += 2;
                        reasons.add("events.candidate.reason.name");
                    }
                    if (event.country() != null) {
                        score += 1;
                        reasons.add("events.candidate.reason.country");
                    }
                    return new Candidate(
                            "case",
                            "cases",
                            rs.getString(2),
                            rs.getString(7) + " · " + rs.getObject(5, LocalDate.class),
                            "/regulator/reports/" + rs.getObject(1),
                            rs.getString(2),
                            score,
                            reasons);
                })
                .list();
    }

    /** Candidates that match more than the country alone, best first, at most {@link #LIMIT}. */
    private static List<Candidate> best(List<Candidate> candidates) {
        return candidates.stream()
                .filter(candidate -> candidate.score() >= 2)
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::name))
                .limit(LIMIT)
                .toList();
    }

    /**
     * Whether a claimed name and a known one name the same thing: one contains the other, after folding; and where one
     * is written in Japanese and the other not, the same between their Latin readings ({@link Romanised}), at least
     * four letters long so that a syllable alone matches nothing.
     */
    static boolean names(String claimed, String known) {
        String a = fold(claimed);
        String b = fold(known);
        if (a.length() < 2 || b.length() < 2) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        if (Romanised.isJapanese(a) == Romanised.isJapanese(b)) {
            return false;
        }
        String latinA = Romanised.of(a);
        String latinB = Romanised.of(b);
        return latinA.length() >= 4 && latinB.length() >= 4 && (latinA.contains(latinB) || latinB.contains(latinA));
    }

    /** Whether a watched site's product types include one word of the claimed product ("supernatant"). */
    private static boolean offers(String offered, String claimed) {
        String folded = fold(offered);
        for (String word : fold(claimed).split("[\\s,/]+")) {
            if (word.length() >= 4 && folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static String fold(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .strip();
    }
}
