package org.exovigil.watch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a page markets a product to patients (extract.md: a business offering or promoting one of the
 * product types) or talks about it (news, research, a regulator's notice, a clinic saying it will not
 * use it). Offer signals (booking, prices, "our clinic" count double; then treatment words, routes,
 * testimonials, claims) are weighed against news, academic and regulator wording (each kind capped,
 * so a clinic page citing studies stays a clinic page) and refusals. Each distinct cue counts once,
 * so one long article repeating "study" does not outweigh a price list.
 */
record MarketingJudgement(boolean marketing, int offer, int against) {

    static MarketingJudgement judge(List<Hit> hits, Sentences sentences, boolean prices, boolean routes,
                                    Set<ClaimFlag> claims) {
        Set<String> strongOffers = new HashSet<>();
        Set<String> offers = new HashSet<>();
        Map<String, Set<String>> against = new HashMap<>();
        boolean offeredProduct = false;
        int refusals = 0;
        for (Hit hit : hits) {
            switch (hit.field()) {
                case OFFER -> (hit.term().has("strong") ? strongOffers : offers).add(hit.term().text());
                case AGAINST -> {
                    if (hit.code().equals("refusal")) {
                        refusals++;
                    } else {
                        against.computeIfAbsent(hit.code(), k -> new HashSet<>()).add(hit.term().text());
                    }
                }
                case PRODUCT -> offeredProduct |= !sentences.inContext(hit) && !sentences.negated(hit);
                default -> {
                }
            }
        }
        int offer = 2 * Math.min(strongOffers.size(), 3) + Math.min(offers.size(), 4) + (prices ? 3 : 0)
                + (routes ? 1 : 0) + (claims.contains(ClaimFlag.TESTIMONIALS) ? 1 : 0)
                + (claims.contains(ClaimFlag.SAFETY_CLAIM) || claims.contains(ClaimFlag.EFFICACY_CLAIM) ? 1 : 0);
        int weightAgainst = refusals * 5;
        for (Set<String> cues : against.values()) {
            weightAgainst += 2 * Math.min(cues.size(), 4);
        }
        return new MarketingJudgement(offeredProduct && offer >= 3 && offer > weightAgainst, offer, weightAgainst);
    }
}
