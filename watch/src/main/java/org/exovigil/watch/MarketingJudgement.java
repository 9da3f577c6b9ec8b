package org.exovigil.watch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a page markets a product to patients (extract.md: a business offering or promoting one of the
 * product types) or talks about it, decided from the page as a whole by who speaks in it.
 *
 * <p>A provider speaks in the first person and to the patient: booking, prices, "our clinic", calls to
 * action (strong cues count double), treatment and session words, and the things it sells a treatment
 * with: the routes and conditions it treats, testimonials, promises of safety or results. A journalist,
 * regulator or scientist speaks about others: reporting verbs and bylines, notices and warnings, study
 * vocabulary, doubt and harm (sceptic cues), and an address of a government, journal or news outlet
 * ({@link Publisher}); a provider's own domain speaks for it. A clinic
 * saying it will not use the product is a refusal. Each distinct cue counts once and each kind is
 * capped, so one long article repeating "study" does not outweigh a price list, nor a clinic page citing
 * studies become research. Reporting words alone weigh half: an advertorial is news that promotes a
 * named clinic (the coding rules count it as marketing), so what tells a report from an advertorial is
 * what the report adds: warnings, regulators, studies, doubt. The page markets when it presents a
 * product as offered and the provider's voice is the stronger.
 */
record MarketingJudgement(boolean marketing, int offer, int against) {

    private static final int STRONG_CAP = 3;
    private static final int PLAIN_CAP = 4;
    private static final int AGAINST_CAP = 4;
    private static final int REFUSAL = 5;

    /** What the page sells with, beyond its cue words. */
    record SalesFacts(boolean prices, boolean routes, boolean indications, Set<ClaimFlag> claims) {

        int weight() {
            return (prices ? 3 : 0)
                    + (routes ? 1 : 0)
                    + (indications ? 1 : 0)
                    + (claims.contains(ClaimFlag.TESTIMONIALS) ? 1 : 0)
                    + (claims.contains(ClaimFlag.SAFETY_CLAIM)
                                    || claims.contains(ClaimFlag.EFFICACY_CLAIM)
                                    || claims.contains(ClaimFlag.APPROVAL_CLAIM)
                            ? 1
                            : 0);
        }
    }

    static MarketingJudgement judge(List<Hit> hits, Sentences sentences, SalesFacts sales, String address) {
        Set<String> strongOffers = new HashSet<>();
        Set<String> offers = new HashSet<>();
        Map<String, Set<String>> against = new HashMap<>();
        boolean offeredProduct = false;
        int refusals = 0;
        for (Hit hit : hits) {
            switch (hit.field()) {
                case OFFER -> {
                    // "She did not buy it herself" offers nothing.
                    if (!sentences.negated(hit) && !sentences.question(hit)) {
                        (hit.term().has("strong") ? strongOffers : offers)
                                .add(hit.term().text());
                    }
                }
                case AGAINST -> {
                    if (hit.code().equals("refusal")) {
                        refusals++;
                    } else {
                        against.computeIfAbsent(hit.code(), k -> new HashSet<>())
                                .add(hit.term().text());
                    }
                }
                case PRODUCT -> offeredProduct |= !sentences.inContext(hit) && !sentences.negated(hit);
                default -> {}
            }
        }
        var publisher = Publisher.of(address);
        int offer = 2 * Math.min(strongOffers.size(), STRONG_CAP)
                + Math.min(offers.size(), PLAIN_CAP)
                + sales.weight()
                + publisher.filter(Publisher::provider).map(p -> p.weight).orElse(0);
        int weightAgainst = refusals * REFUSAL
                + publisher.filter(p -> !p.provider()).map(p -> p.weight).orElse(0);
        for (var kind : against.entrySet()) {
            weightAgainst += (kind.getKey().equals("news") ? 1 : 2)
                    * Math.min(kind.getValue().size(), AGAINST_CAP);
        }
        return new MarketingJudgement(offeredProduct && offer > weightAgainst, offer, weightAgainst);
    }
}
