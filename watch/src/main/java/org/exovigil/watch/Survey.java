package org.exovigil.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.exovigil.csv.CsvCell;

/**
 * The survey tables of extract.md from many pages, in the dimensions of the published surveys
 * (marketing-surveys.md §5): country, product type, tissue source, donor, indication, route, claims
 * and prices. The unit is the business, as in Turner 2023a/b and Asadpour 2023: one {@link ClinicProfile}
 * per site that markets, with the union of what all its pages say; a page without an address is its
 * own business. Lists that say nothing get a {@code not_stated} row, which
 * Turner 2023a reports for routes.
 */
public final class Survey {

    private static final Map<String, String> LABELS = loadLabels();

    private final int pages;
    private final List<ClinicProfile> businesses;
    private final Map<String, BigDecimal> usdPerUnit;

    private Survey(int pages, List<ClinicProfile> businesses, Map<String, BigDecimal> usdPerUnit) {
        this.pages = pages;
        this.businesses = businesses;
        this.usdPerUnit = usdPerUnit;
    }

    /**
     * @param usdPerUnit US dollars per one unit of each currency (e.g. JPY → 0.0067); may be empty,
     *                   then the USD columns of prices.csv stay empty
     */
    public static Survey of(Collection<PageFacts> facts, Map<String, BigDecimal> usdPerUnit) {
        var businesses = ClinicProfile.of(facts).stream()
                .filter(ClinicProfile::marketing)
                .toList();
        return new Survey(facts.size(), businesses, Map.copyOf(usdPerUnit));
    }

    public int pages() {
        return pages;
    }

    public int businesses() {
        return businesses.size();
    }

    public List<SurveyTable> tables() {
        return List.of(
                table("by_country", "country", b -> Set.of(b.country() == null ? "unknown" : b.country())),
                table("by_product_type", "product_types", ClinicProfile::productTypes),
                table("by_source", "sources", ClinicProfile::sources),
                table("by_donor", "donor", b -> Set.of(b.donor() == null ? "unknown" : b.donor())),
                table("by_indication", "indications", b -> orNotStated(b.indications())),
                table("by_route", "routes", b -> orNotStated(b.routes())),
                table(
                        "by_claim",
                        "claims",
                        b -> b.claims().stream().map(ClaimFlag::code).toList()));
    }

    private static Collection<String> orNotStated(List<String> codes) {
        return codes.isEmpty() ? List.of("not_stated") : codes;
    }

    private SurveyTable table(String name, String field, Function<ClinicProfile, Collection<String>> codes) {
        var counts = new HashMap<String, Integer>();
        for (ClinicProfile business : businesses) {
            codes.apply(business).forEach(code -> counts.merge(code, 1, Integer::sum));
        }
        var rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e ->
                        new SurveyTable.Row(e.getKey(), label(field, e.getKey()), e.getValue(), percent(e.getValue())))
                .toList();
        return new SurveyTable(name, rows);
    }

    private double percent(int n) {
        return businesses.isEmpty() ? 0 : Math.round(1000.0 * n / businesses.size()) / 10.0;
    }

    private static String label(String field, String code) {
        if (field.equals("country")) {
            return code.equals("unknown")
                    ? "Not determined"
                    : Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        }
        return LABELS.getOrDefault(field + "\t" + code, code);
    }

    /** Per currency: businesses listing a price, and min, median and max over all their amounts. */
    public List<PriceSummary> prices() {
        var amounts = new TreeMap<String, List<BigDecimal>>();
        var listing = new HashMap<String, Integer>();
        for (ClinicProfile business : businesses) {
            var currencies = new LinkedHashSet<String>();
            for (Price price : business.prices()) {
                amounts.computeIfAbsent(price.currency(), c -> new ArrayList<>())
                        .add(price.amount());
                currencies.add(price.currency());
            }
            currencies.forEach(c -> listing.merge(c, 1, Integer::sum));
        }
        var summaries = new ArrayList<PriceSummary>();
        amounts.forEach((currency, list) -> {
            list.sort(Comparator.naturalOrder());
            BigDecimal median = median(list);
            summaries.add(new PriceSummary(
                    currency,
                    listing.get(currency),
                    list.getFirst(),
                    median,
                    list.getLast(),
                    usd(currency, list.getFirst()),
                    usd(currency, median),
                    usd(currency, list.getLast())));
        });
        return summaries;
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : sorted.get(middle - 1)
                        .add(sorted.get(middle))
                        .divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
    }

    private BigDecimal usd(String currency, BigDecimal amount) {
        BigDecimal rate = currency.equals("USD") ? BigDecimal.ONE : usdPerUnit.get(currency);
        return rate == null ? null : amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    /** Writes one CSV per table and prices.csv into {@code dir}, creating it if needed. */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (SurveyTable table : tables()) {
            var lines = new ArrayList<String>();
            lines.add("code,label,n,percent");
            table.rows()
                    .forEach(r -> lines.add(String.join(
                            ",", csv(r.code()), csv(r.label()), String.valueOf(r.n()), String.valueOf(r.percent()))));
            Files.write(dir.resolve(table.name() + ".csv"), lines, StandardCharsets.UTF_8);
        }
        var lines = new ArrayList<String>();
        lines.add("currency,n,min,median,max,min_usd,median_usd,max_usd");
        prices().forEach(p -> lines.add(String.join(
                ",",
                csv(p.currency()),
                String.valueOf(p.n()),
                plain(p.min()),
                plain(p.median()),
                plain(p.max()),
                plain(p.minUsd()),
                plain(p.medianUsd()),
                plain(p.maxUsd()))));
        Files.write(dir.resolve("prices.csv"), lines, StandardCharsets.UTF_8);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    /** Labels come from clinic pages: neutralised as a spreadsheet would run them (issue 15, finding 9). */
    private static String csv(String value) {
        return CsvCell.of(value);
    }

    /** A few lines a person reads: totals, then the leading rows of each table. */
    public String summary() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d pages read; %d marketing businesses.%n", pages, businesses.size()));
        for (SurveyTable table : tables()) {
            out.append(String.format(Locale.ROOT, "%n%s%n", table.name()));
            table.rows().stream()
                    .limit(8)
                    .forEach(r -> out.append(
                            String.format(Locale.ROOT, "  %-36s %5d  %5.1f%%%n", r.label(), r.n(), r.percent())));
        }
        out.append(String.format(Locale.ROOT, "%nprices%n"));
        prices().forEach(p -> out.append(String.format(
                Locale.ROOT,
                "  %-4s n=%d  min %s  median %s  max %s%n",
                p.currency(),
                p.n(),
                plain(p.min()),
                plain(p.median()),
                plain(p.max()))));
        return out.toString();
    }

    private static Map<String, String> loadLabels() {
        var labels = new HashMap<String, String>();
        try (var in = Survey.class.getResourceAsStream("terms/labels.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] columns = line.split("\t");
                labels.put(columns[0] + "\t" + columns[1], columns[2]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
