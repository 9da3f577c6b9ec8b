package org.exovigil.app.events;

import java.util.List;

/**
 * Something an event may concern, as Exovigil proposes it: a clinic or a product from the register, a business from
 * the marketing watch, or a case already reported; with the score and the reasons (message keys) that put it here.
 *
 * @param kind   clinic, product or case
 * @param source register, watch or cases
 * @param link   the page of the candidate, or null
 * @param key    what a regulator links to: a case's reference; null for others
 */
public record Candidate(
        String kind,
        String source,
        String name,
        String detail,
        String link,
        String key,
        int score,
        List<String> reasons) {}
