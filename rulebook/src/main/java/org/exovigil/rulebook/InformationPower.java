package org.exovigil.rulebook;

import java.util.List;

/**
 * A legal power to require information of someone (an order to report, an inspection), as a regulator cites it when
 * asking a clinic, a physician, a hospital or a coroner for the facts of an adverse event.
 *
 * @param id        the rule's id in its jurisdiction's file, {@code jp.asrm_24}
 * @param of        whom it reaches: codes of vocabulary.yaml {@code addressees}
 * @param label     what it is, in English; {@code labelJa} in Japanese
 * @param scope     whom it binds and when, in English; {@code scopeJa} in Japanese
 * @param citations where the law says so
 */
public record InformationPower(
        String id,
        List<String> of,
        String label,
        String labelJa,
        String scope,
        String scopeJa,
        List<Citation> citations) {}
