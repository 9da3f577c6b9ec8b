package org.exovigil.watch;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who publishes a page, as far as its address tells: a government (the regulator's own domains:
 * {@code .gov}, {@code .go.jp}, {@code .gouv.fr}, {@code .gc.ca}, {@code europa.eu} and their kin), a
 * university or journal ({@code .edu}, {@code .ac.xx}, journal platforms and DOI resolvers), a news
 * outlet ({@code news} as a label of the host, or an article path), or a provider, whose domain names
 * its trade (clinic, Praxis, derma, aesthetic, wellness…). A news address weighs like two reporting
 * words: outlets also print advertorials for named clinics. A provider's address weighs like one strong
 * offer cue, since its blog posts and explainers are written to sell.
 */
enum Publisher {
    REGULATOR(6),
    ACADEMIC(6),
    NEWS(2),
    PROVIDER(2);

    /** A second-level label that marks a public body under a country-code domain (.gov.au, .go.kr, .gob.mx). */
    private static final Pattern GOVERNMENT = Pattern.compile(
            "(^|\\.)(gov|go|gob|gouv|govt|gv|admin|bund|gc|nic|mil)\\.[a-z]{2}$|\\.(gov|mil)$|(^|\\.)europa\\.eu$"
                    + "|(^|\\.)who\\.int$|(^|\\.)nhs\\.uk$|(^|\\.)canada\\.ca$|(^|\\.)gov\\.[a-z]{2,3}$");

    private static final Pattern ACADEMIC_HOST = Pattern.compile(
            "(^|\\.)(edu|ac)\\.[a-z]{2}$|\\.edu$|(^|\\.)(doi\\.org|ncbi\\.nlm\\.nih\\.gov|pubmed|cochrane\\.org"
                    + "|sciencedirect\\.com|springer\\.com|wiley\\.com|frontiersin\\.org|mdpi\\.com|nature\\.com"
                    + "|researchgate\\.net|jstage\\.jst\\.go\\.jp|scielo\\.[a-z.]+|plos\\.org|biomedcentral\\.com)$");
    /** Open Journal Systems, the commonest journal software, serves articles at .../article/view/N. */
    private static final List<String> ACADEMIC_PATHS = List.of("/article/view/", "/doi/", "/abstract/", "/fulltext/");

    private static final Pattern NEWS_HOST = Pattern.compile("(^|[.-])news[a-z]*\\.|(^|\\.)[a-z]*news\\.");
    private static final List<String> NEWS_PATHS = List.of(
            "/news/",
            "/noticias/",
            "/nachrichten/",
            "/actualites/",
            "/notizie/",
            "/haber/",
            "/tin-tuc/",
            "/berita/",
            "/novosti/",
            "/society/",
            "/politics/",
            "/world/",
            "/article/",
            "/articles/",
            "/story/");

    /** A trade word in the host: clinic, clinique, clínica, Klinik, Praxis, medspa, derma, aesthetic… */
    private static final Pattern PROVIDER_HOST = Pattern.compile(
            "clinic|clinique|clinica|clínica|klinik|kliniek|klinika|praxis|medspa|aesthetic|esthetic|estetic|estetik"
                    + "|derma|skin|beauty|wellness|regenerat|stemcell|cosmetic|surgery|dental|longevity|antiaging");

    final int weight;

    Publisher(int weight) {
        this.weight = weight;
    }

    boolean provider() {
        return this == PROVIDER;
    }

    static Optional<Publisher> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String host;
        String path;
        try {
            URI uri = URI.create(url.strip());
            host = uri.getHost();
            path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (ACADEMIC_HOST.matcher(host).find() || ACADEMIC_PATHS.stream().anyMatch(path::contains)) {
            return Optional.of(ACADEMIC);
        }
        if (GOVERNMENT.matcher(host).find()) {
            return Optional.of(REGULATOR);
        }
        if (NEWS_HOST.matcher(host).find() || NEWS_PATHS.stream().anyMatch(path::contains)) {
            return Optional.of(NEWS);
        }
        if (PROVIDER_HOST.matcher(host).find()) {
            return Optional.of(PROVIDER);
        }
        return Optional.empty();
    }
}
