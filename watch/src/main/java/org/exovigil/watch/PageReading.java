package org.exovigil.watch;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One page being read: its folded text, language, term hits and sentences, from which each output
 * field is decided. The rules follow vocabulary.md: what is offered counts, what is researched,
 * background or contraindicated does not; negation turns an approval claim into a disclaimer; hedging
 * keeps a target but withdraws an efficacy claim.
 */
final class PageReading {

    /** Tissues that can only come from another person (vocabulary.md, donor). */
    private static final Set<String> DONOR_TISSUES =
            Set.of("umbilical_cord", "cord_blood", "placenta", "amniotic", "wharton_jelly", "dental_pulp");

    /** Routes that name where an injection goes. */
    private static final Set<String> INJECTION_SITES = Set.of(
            "injection_local", "intra_articular", "intradiscal", "epidural", "intrathecal", "iv", "intramuscular");

    private final PageText page;
    private final NormalizedText folded;
    private final Language language;
    private final List<Hit> hits;
    private final Sentences sentences;
    private final EvidenceLog log;

    PageReading(PageText page) {
        this.page = page;
        this.folded = NormalizedText.of(page.text());
        this.language = Language.detect(folded.folded());
        this.hits = relevant(TermBook.matcherFor(language).find(folded.folded()));
        this.sentences = Sentences.of(folded.folded(), hits);
        this.log = new EvidenceLog(page, folded);
    }

    /**
     * @param url     the page's address as output, or null
     * @param address the best address known for locating the business (the url, else the canonical link)
     */
    PageFacts facts(String source, String url, String address) {
        List<String> products = products();
        List<String> routes = routes();
        List<String> indications = offered(Term.Field.INDICATION);
        List<String> sources = sources();
        String donor = donor(sources);
        Set<ClaimFlag> claims = claims(indications);
        List<PriceReader.Reading> readings = PriceReader.read(folded.folded(), language).stream()
                .filter(r -> !page.locatingOnly(folded.originStart(r.start())))
                .toList();
        var country = CountryVote.decide(hits, readings, address, language, folded, page);
        var sales = new MarketingJudgement.SalesFacts(
                !readings.isEmpty(), !routes.isEmpty(), !indications.isEmpty(), claims);
        var judgement = MarketingJudgement.judge(hits, sentences, sales, address);
        if (sources.isEmpty() && !products.isEmpty()) {
            sources = unspecifiedSource();
        }
        List<Price> prices = prices(readings, country.code());
        if (!prices.isEmpty()) {
            claims.add(ClaimFlag.PRICE);
            Evidence first = log.first("prices", prices.getFirst().currency()).getFirst();
            log.addSpan("claims", "price", new Evidence("claims", "price", first.text(), first.start(), first.end()));
        }
        var evidence = new ArrayList<>(log.evidence());
        country.evidence().ifPresent(evidence::add);
        evidence.sort(Comparator.comparingInt(Evidence::start));
        evidence.replaceAll(e -> e.quotedFrom(page.text()));
        return new PageFacts(
                source,
                url,
                judgement.marketing() && !products.isEmpty(),
                language.code(),
                country.code(),
                products,
                sources,
                donor,
                indications,
                routes,
                prices,
                claims,
                evidence);
    }

    /**
     * The claims of text already known to market the offering (an offering's {@code marketing_text}):
     * no judgement of whether it sells anything, which only a whole page can show.
     */
    Set<ClaimFlag> claimsOfMarketingText() {
        Set<ClaimFlag> claims = claims(offered(Term.Field.INDICATION));
        if (!PriceReader.read(folded.folded(), language).isEmpty()) {
            claims.add(ClaimFlag.PRICE);
        }
        return claims;
    }

    /** vocabulary.md: a product offered without naming its tissue has an unspecified source; the product shows it. */
    private List<String> unspecifiedSource() {
        Hit product = firstOffered(Term.Field.PRODUCT);
        log.add("sources", "unspecified", product.start(), product.end());
        return List.of("unspecified");
    }

    /**
     * Hits outside the header/footer (except country signals), not inside an excluded phrase, and not
     * inside a longer hit of the same field. Sweeps sorted hits rather than comparing pairs, because a
     * long page has thousands of hits.
     */
    private List<Hit> relevant(List<Hit> all) {
        BitSet excluded = spans(all, Term.Field.EXCLUDE);
        BitSet claims = spans(all, Term.Field.CLAIM);
        var byField = new EnumMap<Term.Field, List<Hit>>(Term.Field.class);
        for (Hit hit : all) {
            boolean kept = hit.field() == Term.Field.COUNTRY
                    || !page.locatingOnly(folded.originStart(hit.start())) && !overlaps(excluded, hit);
            // "No side effects" is a safety claim, not the start of a list of risks.
            boolean riskListInsideClaim = hit.field() == Term.Field.CONTEXT && overlaps(claims, hit);
            if (hit.field() != Term.Field.EXCLUDE && kept && !riskListInsideClaim) {
                byField.computeIfAbsent(hit.field(), f -> new ArrayList<>()).add(hit);
            }
        }
        var relevant = new ArrayList<Hit>();
        byField.values().forEach(hits -> relevant.addAll(outermost(hits)));
        relevant.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
        return relevant;
    }

    private static BitSet spans(List<Hit> hits, Term.Field field) {
        var set = new BitSet();
        hits.stream().filter(h -> h.field() == field).forEach(h -> set.set(h.start(), h.end()));
        return set;
    }

    private static boolean overlaps(BitSet spans, Hit hit) {
        int next = spans.nextSetBit(hit.start());
        return next >= 0 && next < hit.end();
    }

    /** Drops every hit that a longer hit of the same field contains ("stem cell" inside "stem cell culture supernatant"). */
    private static List<Hit> outermost(List<Hit> hits) {
        hits.sort(Comparator.comparingInt(Hit::start)
                .thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        var kept = new ArrayList<Hit>();
        int widestEnd = -1;
        int widestStart = -1;
        for (Hit hit : hits) {
            boolean contained = widestEnd > hit.end() || widestEnd == hit.end() && widestStart < hit.start();
            if (!contained) {
                kept.add(hit);
            }
            if (hit.end() > widestEnd) {
                widestEnd = hit.end();
                widestStart = hit.start();
            }
        }
        return kept;
    }

    private boolean isOffer(Hit hit) {
        return !sentences.inContext(hit) && !sentences.negated(hit);
    }

    /**
     * vocabulary.md: extracellular vesicles count "as the product itself, not the textbook 'exosomes are a
     * kind of EV'": a sentence that names exosomes and vesicles together defines the one by the other.
     */
    private List<String> products() {
        for (Hit hit : hits) {
            if (hit.field() == Term.Field.PRODUCT && isOffer(hit) && !definesExosomes(hit)) {
                log.add(Term.Field.PRODUCT.key, hit);
            }
        }
        return log.codes(Term.Field.PRODUCT.key);
    }

    private boolean definesExosomes(Hit product) {
        return product.code().equals("extracellular_vesicle")
                && hits.stream()
                        .anyMatch(h -> h.field() == Term.Field.PRODUCT
                                && h.code().equals("exosome")
                                && sentences.sameSentence(h, product));
    }

    private List<String> offered(Term.Field field) {
        for (Hit hit : hits) {
            if (hit.field() == field && isOffer(hit)) {
                log.add(field.key, hit);
            }
        }
        return log.codes(field.key);
    }

    /**
     * vocabulary.md: an injection that names no site, in a sentence naming a joint, goes into the joint;
     * routes are those of the EV, secretome or cell product, so a sentence that names PRP alone ("PRP is
     * injected into the scalp") gives none.
     */
    private List<String> routes() {
        for (Hit hit : hits) {
            if (hit.field() == Term.Field.ROUTE && isOffer(hit) && !aboutPrpAlone(hit)) {
                if (intoAJoint(hit)) {
                    log.add(Term.Field.ROUTE.key, "intra_articular", hit.start(), hit.end());
                } else if (!siteNamedBeside(hit)) {
                    log.add(Term.Field.ROUTE.key, hit);
                }
            }
        }
        return log.codes(Term.Field.ROUTE.key);
    }

    /**
     * "An injection into the joint": the route is the joint's, and the bare injection adds nothing. A
     * route of another kind beside it ("scalp injections or Dermapen") is a second method, not a site.
     */
    private boolean siteNamedBeside(Hit route) {
        return route.term().has("generic")
                && hits.stream()
                        .anyMatch(h -> h.field() == Term.Field.ROUTE
                                && !h.term().has("generic")
                                && INJECTION_SITES.contains(h.code())
                                && sentences.sameSentence(h, route));
    }

    private boolean aboutPrpAlone(Hit route) {
        boolean prp = false;
        for (Hit product : hits) {
            if (product.field() == Term.Field.PRODUCT && sentences.sameSentence(product, route)) {
                if (!product.code().equals("prp")) {
                    return false;
                }
                prp = true;
            }
        }
        return prp;
    }

    private boolean intoAJoint(Hit route) {
        return route.term().has("generic")
                && hits.stream()
                        .anyMatch(h -> h.field() == Term.Field.INDICATION
                                && h.term().has("joint")
                                && sentences.sameSentence(h, route));
    }

    private Hit firstOffered(Term.Field field) {
        return hits.stream()
                .filter(h -> h.field() == field && isOffer(h))
                .findFirst()
                .orElseThrow();
    }

    private List<String> sources() {
        for (Hit hit : hits) {
            if (hit.field() == Term.Field.SOURCE && isOffer(hit) && !inTissueList(hit)) {
                log.add(Term.Field.SOURCE.key, hit);
            }
        }
        List<String> sources = log.codes(Term.Field.SOURCE.key);
        if (sources.size() > 1 && sources.contains("unspecified")) {
            log.remove("sources", "unspecified");
            return log.codes("sources");
        }
        return sources;
    }

    /**
     * vocabulary.md: "lists of tissues that exosomes can come from, given as background, do not count".
     * A clinic offers a product from one tissue, maybe two; a sentence naming three or more tissues
     * ("from fat, bone marrow or umbilical cord") is the textbook's list, in any language.
     */
    private boolean inTissueList(Hit hit) {
        int sentence = sentences.sentenceOf(hit);
        return hits.stream()
                        .filter(h -> h.field() == Term.Field.SOURCE
                                && !h.code().equals("unspecified")
                                && sentences.sentenceOf(h) == sentence)
                        .map(Hit::code)
                        .distinct()
                        .count()
                >= 3;
    }

    /**
     * Stated donor words decide ("your child's own cord blood" is autologous however donor-only the
     * tissue sounds); otherwise a tissue that only a donor can give means allogeneic. "Your own blood"
     * in a sentence about PRP offered alongside describes the PRP, not the exosomes.
     */
    private String donor(List<String> sources) {
        List<Hit> prp = hits.stream()
                .filter(h -> h.field() == Term.Field.PRODUCT && h.code().equals("prp"))
                .toList();
        for (Hit hit : hits) {
            if (hit.field() == Term.Field.DONOR
                    && isOffer(hit)
                    && !inTissueList(hit)
                    && prp.stream().noneMatch(p -> sentences.sameSentence(p, hit))) {
                log.add("donor", hit);
            }
        }
        if (log.codes("donor").isEmpty()) {
            for (String tissue : sources) {
                if (DONOR_TISSUES.contains(tissue)) {
                    log.first("sources", tissue)
                            .forEach(e -> log.addSpan(
                                    "donor",
                                    "allogeneic",
                                    new Evidence("donor", "allogeneic", e.text(), e.start(), e.end())));
                }
            }
        }
        List<String> donors = log.codes("donor");
        if (donors.size() == 1) {
            return donors.getFirst();
        }
        if (donors.size() > 1) {
            String majority = log.first("donor", "autologous").size()
                            > log.first("donor", "allogeneic").size()
                    ? "autologous"
                    : "allogeneic";
            log.remove("donor", majority.equals("autologous") ? "allogeneic" : "autologous");
            return majority;
        }
        return null;
    }

    private Set<ClaimFlag> claims(List<String> indications) {
        Set<ClaimFlag> claims = EnumSet.noneOf(ClaimFlag.class);
        for (Hit hit : hits) {
            if (hit.field() == Term.Field.CLAIM) {
                claim(hit).ifPresent(flag -> {
                    claims.add(flag);
                    log.add("claims", flag.code(), hit.start(), hit.end());
                });
            }
        }
        if (indications.contains("covid19")) {
            claims.add(ClaimFlag.COVID);
            log.first("indications", "covid19")
                    .forEach(e -> log.addSpan(
                            "claims", "covid", new Evidence("claims", "covid", e.text(), e.start(), e.end())));
        }
        return claims;
    }

    /** The flag a claim hit supports once negation and hedging are weighed, if any. */
    private java.util.Optional<ClaimFlag> claim(Hit hit) {
        ClaimFlag flag = ClaimFlag.of(hit.code());
        if (flag != ClaimFlag.TESTIMONIALS && flag != ClaimFlag.DISCLAIMER_UNAPPROVED && sentences.question(hit)) {
            return java.util.Optional.empty();
        }
        boolean negated = !hit.term().has("neg") && sentences.negated(hit);
        if (hit.term().has("outcome") && !assertsAnOutcome(hit)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(
                switch (flag) {
                    case APPROVAL_CLAIM -> negated ? ClaimFlag.DISCLAIMER_UNAPPROVED : flag;
                    // "Topical use is not prohibited" states a legal status: neither a disclaimer nor approval.
                    case DISCLAIMER_UNAPPROVED -> negated ? null : flag;
                    case EFFICACY_CLAIM ->
                        negated || sentences.hedged(hit) && !hit.term().has("strong") ? null : flag;
                    default -> negated ? null : flag;
                });
    }

    /**
     * An outcome verb ("improves", "reduces", 改善します) is an efficacy claim when it is said of the
     * offered product, as fact: its sentence, or the heading above its list line, names a product, and
     * it is no research, background or side-effect context. A bare "improves" elsewhere (another product on the menu, a lifestyle tip)
     * claims nothing.
     */
    private boolean assertsAnOutcome(Hit outcome) {
        return !sentences.inContext(outcome)
                && (sentences.underProductHeading(outcome)
                        || hits.stream()
                                .anyMatch(h -> h.field() == Term.Field.PRODUCT && sentences.sameSentence(h, outcome)));
    }

    /** A bare "$" on a Spanish page of a Mexican business that never says USD or dollars means pesos. */
    private List<Price> prices(List<PriceReader.Reading> readings, String country) {
        boolean pesoDollar = "MX".equals(country)
                && language.code().equals("es")
                && readings.stream()
                        .noneMatch(r -> !r.bareDollar() && r.currency().equals("USD"));
        var prices = new ArrayList<Price>();
        for (PriceReader.Reading reading : readings) {
            String currency = pesoDollar && reading.bareDollar() ? "MXN" : reading.currency();
            if (prices.stream()
                    .noneMatch(p -> p.amount().compareTo(reading.amount()) == 0
                            && p.currency().equals(currency))) {
                int start = folded.originStart(reading.start());
                int end = folded.originEnd(reading.end());
                String text = page.text().substring(start, end);
                prices.add(new Price(reading.amount(), currency, text));
                log.addSpan("prices", currency, new Evidence("prices", currency, text, start, end));
            }
        }
        return prices;
    }
}
