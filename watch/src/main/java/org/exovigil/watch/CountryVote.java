package org.exovigil.watch;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country of the offering business, by weighted vote of the signals marketing-surveys.md §6 names:
 * address words, cities and telephone prefixes (from the term lists, header and footer included),
 * regulators, the currency of stated prices, the country-code domain of the address, and, weakest, the
 * language where only one country writes it (a Japanese page is most likely a Japanese clinic). Clinic pages often live on .com domains
 * and mention the FDA or dollars wherever they are, so those weigh least.
 */
final class CountryVote {

    private static final Map<String, String> CURRENCY_COUNTRY = Map.ofEntries(
            Map.entry("JPY", "JP"),
            Map.entry("KRW", "KR"),
            Map.entry("MXN", "MX"),
            Map.entry("CNY", "CN"),
            Map.entry("TWD", "TW"),
            Map.entry("HKD", "HK"),
            Map.entry("THB", "TH"),
            Map.entry("AED", "AE"),
            Map.entry("GBP", "GB"),
            Map.entry("CHF", "CH"),
            Map.entry("MYR", "MY"),
            Map.entry("SGD", "SG"),
            Map.entry("PHP", "PH"),
            Map.entry("INR", "IN"),
            Map.entry("AUD", "AU"),
            Map.entry("CAD", "CA"),
            Map.entry("BRL", "BR"),
            Map.entry("PLN", "PL"),
            Map.entry("UAH", "UA"),
            Map.entry("RUB", "RU"),
            Map.entry("TRY", "TR"),
            Map.entry("VND", "VN"),
            Map.entry("USD", "US"));
    /**
     * Japanese and Korean are written by one country's clinics; German, Chinese, Arabic, Spanish and most
     * other languages by several (Austria and Switzerland, Taiwan and Hong Kong, the Gulf, Latin
     * America), and Thai, Turkish or Vietnamese pages are written for medical tourists abroad too. Only
     * the first two locate a business by language alone, as the corpus coders also held.
     */
    private static final Map<String, String> LANGUAGE_COUNTRY = Map.of("ja", "JP", "ko", "KR");

    private static final List<String> GENERIC_DOMAINS =
            List.of("co", "io", "me", "tv", "ai", "cc", "ws", "to", "fm", "ly");

    /** A US street address ends ", TX 78701"; a North American number looks like "(512) 555 0142" once folded. */
    private static final Pattern US_ADDRESS = Pattern.compile(
            ", (al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|"
                    + "me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc) \\d{5}\\b");

    private static final Pattern NANP_PHONE = Pattern.compile("\\(\\d{3}\\) ?\\d{3}[ .]\\d{4}\\b");

    record Decision(String code, Optional<Evidence> evidence) {}

    private record Signal(double weight, Evidence evidence) {}

    private CountryVote() {}

    static Decision decide(
            List<Hit> hits,
            List<PriceReader.Reading> prices,
            String url,
            Language language,
            NormalizedText folded,
            PageText page) {
        var votes = new HashMap<String, Double>();
        var best = new HashMap<String, Signal>();
        for (Hit hit : hits) {
            if (hit.field() == Term.Field.COUNTRY && !percentNotPhone(hit, folded)) {
                vote(
                        votes,
                        best,
                        hit.code(),
                        hit.term().weight(),
                        span(hit.code(), hit.start(), hit.end(), folded, page));
            }
        }
        for (var pattern : List.of(US_ADDRESS, NANP_PHONE)) {
            Matcher m = pattern.matcher(folded.folded());
            if (m.find()) {
                int start = pattern == US_ADDRESS ? m.start() + 2 : m.start();
                vote(votes, best, "US", pattern == US_ADDRESS ? 3 : 1, span("US", start, m.end(), folded, page));
            }
        }
        for (PriceReader.Reading price : prices) {
            String country = CURRENCY_COUNTRY.get(price.currency());
            // A bare "$" outside English is as likely pesos as dollars: it locates nothing.
            boolean ambiguous = price.bareDollar() && !language.code().equals("en");
            if (country != null && !ambiguous) {
                double weight = country.equals("US") ? 1 : 2;
                vote(votes, best, country, weight, span(country, price.start(), price.end(), folded, page));
            }
        }
        domainCountry(url)
                .ifPresent(country -> vote(votes, best, country, 3, new Evidence("country", country, url, -1, -1)));
        languageCountry(language)
                .ifPresent(country -> firstWord(hits, folded, page, country)
                        .ifPresent(evidence -> vote(votes, best, country, 1, evidence)));
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> -best.get(e.getKey()).evidence().start()))
                .map(e -> new Decision(
                        e.getKey(), Optional.of(best.get(e.getKey()).evidence())))
                .orElse(new Decision(null, Optional.empty()));
    }

    /** "+36" dials Hungary, "+36%" is a growth figure: a telephone prefix is followed by a number. */
    private static boolean percentNotPhone(Hit hit, NormalizedText folded) {
        if (!hit.term().text().startsWith("+")) {
            return false;
        }
        int next = hit.end();
        while (next < folded.length() && (folded.charAt(next) == ' ' || folded.charAt(next) == '(')) {
            next++;
        }
        return next >= folded.length() || !Character.isDigit(folded.charAt(next));
    }

    private static void vote(
            Map<String, Double> votes, Map<String, Signal> best, String country, double weight, Evidence evidence) {
        votes.merge(country, weight, Double::sum);
        Signal current = best.get(country);
        boolean inText = evidence.start() >= 0;
        if (current == null
                || weight > current.weight() && (inText || current.evidence().start() < 0)
                || current.evidence().start() < 0 && inText) {
            best.put(country, new Signal(weight, evidence));
        }
    }

    private static Evidence span(String country, int foldedStart, int foldedEnd, NormalizedText folded, PageText page) {
        int start = folded.originStart(foldedStart);
        int end = folded.originEnd(foldedEnd);
        return new Evidence("country", country, page.text().substring(start, end), start, end);
    }

    static Optional<String> domainCountry(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || !host.contains(".")) {
                return Optional.empty();
            }
            String top = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (top.length() != 2 || GENERIC_DOMAINS.contains(top)) {
                return Optional.empty();
            }
            return Optional.of(top.equals("uk") ? "GB" : top.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> languageCountry(Language language) {
        return Optional.ofNullable(LANGUAGE_COUNTRY.get(language.code()));
    }

    /** The language itself is the evidence: quote the first product word, which shows the language of the offer. */
    private static Optional<Evidence> firstWord(List<Hit> hits, NormalizedText folded, PageText page, String country) {
        return hits.stream()
                .filter(h -> h.field() == Term.Field.PRODUCT)
                .findFirst()
                .map(h -> span(country, h.start(), h.end(), folded, page));
    }
}
