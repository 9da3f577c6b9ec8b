package org.exovigil.watch;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one business says across its website: the facts of all its pages together, each code with the
 * page and the words that show it. The surveys count businesses, not pages (Turner 2023a, Asadpour
 * 2023), and a clinic says different things on different pages: its home page books an exosome drip, a
 * sub-page calls the exosomes FDA approved, another promises cartilage regrowth. So whether the business
 * markets an intervention is decided for the site: it does when any of its pages markets one, and then
 * every page's facts are its facts, including the pages that alone would not read as an offer.
 *
 * @param site     the host without {@code www.}, or the page's source when it has no address
 * @param pages    the addresses (or sources) of its pages, in the order read
 * @param evidence every code's evidence, with the page it is on
 */
public record ClinicProfile(
        String site,
        boolean marketing,
        String country,
        List<String> productTypes,
        List<String> sources,
        String donor,
        List<String> indications,
        List<String> routes,
        List<Price> prices,
        Set<ClaimFlag> claims,
        List<PageEvidence> evidence,
        List<String> pages) {

    /** Evidence of one code and the page it was read on. */
    public record PageEvidence(String page, Evidence evidence) {}

    public ClinicProfile {
        productTypes = List.copyOf(productTypes);
        sources = List.copyOf(sources);
        indications = List.copyOf(indications);
        routes = List.copyOf(routes);
        prices = List.copyOf(prices);
        claims = claims.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(claims));
        evidence = List.copyOf(evidence);
        pages = List.copyOf(pages);
    }

    public boolean claims(ClaimFlag flag) {
        return claims.contains(flag);
    }

    /** One profile per site, in the order their first pages come. */
    public static List<ClinicProfile> of(Collection<PageFacts> pages) {
        var bySite = new LinkedHashMap<String, List<PageFacts>>();
        pages.forEach(page ->
                bySite.computeIfAbsent(site(page), k -> new ArrayList<>()).add(page));
        return bySite.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    /** The profile of one site from its pages' facts. */
    public static ClinicProfile of(String site, List<PageFacts> pages) {
        var evidence = new ArrayList<PageEvidence>();
        pages.forEach(page -> page.evidence().forEach(e -> evidence.add(new PageEvidence(address(page), e))));
        var claims = EnumSet.noneOf(ClaimFlag.class);
        pages.forEach(page -> claims.addAll(page.claims()));
        return new ClinicProfile(
                site,
                pages.stream().anyMatch(PageFacts::marketing),
                mostCommon(pages, PageFacts::country),
                union(pages, PageFacts::productTypes),
                specificSources(union(pages, PageFacts::sources)),
                donor(pages),
                union(pages, PageFacts::indications),
                union(pages, PageFacts::routes),
                pages.stream().flatMap(p -> p.prices().stream()).distinct().toList(),
                claims,
                evidence,
                pages.stream().map(ClinicProfile::address).distinct().toList());
    }

    /** The site of a page: its host without {@code www.}; a page without an address stands alone. */
    public static String site(PageFacts page) {
        if (page.url() != null) {
            try {
                String host = URI.create(page.url().strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException notAnAddress) {
                return page.source();
            }
        }
        return page.source();
    }

    private static String address(PageFacts page) {
        return page.url() != null ? page.url() : page.source();
    }

    private static List<String> union(List<PageFacts> pages, Function<PageFacts, List<String>> codes) {
        var all = new LinkedHashSet<String>();
        pages.forEach(p -> all.addAll(codes.apply(p)));
        return List.copyOf(all);
    }

    /** One page naming the tissue settles it for the business, however many other pages did not. */
    private static List<String> specificSources(List<String> sources) {
        return sources.size() > 1
                ? sources.stream().filter(s -> !s.equals("unspecified")).toList()
                : sources;
    }

    /** vocabulary.md: null when mixed; a business offering both its own and donor cells is not one or the other. */
    private static String donor(List<PageFacts> pages) {
        var donors = pages.stream()
                .map(PageFacts::donor)
                .filter(d -> d != null)
                .distinct()
                .toList();
        return donors.size() == 1 ? donors.getFirst() : null;
    }

    private static String mostCommon(List<PageFacts> pages, Function<PageFacts, String> value) {
        var counts = new HashMap<String, Integer>();
        pages.stream().map(value).filter(v -> v != null).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
