package org.exovigil.app.products;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exovigil.app.refusals.Refusal;

/**
 * A product's specification: the release tests each of its lots must pass, and the acceptance criteria
 * its results are judged against. Particle concentration (particles/mL), particle size (nm, of the mode
 * or the mean), protein (µg/mL) and potency (the product's own assay and unit) have ranges; the ratio of
 * particles to protein, MISEV's purity indicator (regulation.md §5.1), has a minimum; identity names the
 * markers a lot must show positive and those it must show absent. Ranges are closed, so a value equal to
 * a bound is within it, and a bound left out is open: no limit is invented. Version 0 is Exovigil's
 * default of {@code quality.yaml}; each specification a regulator or committee sets is the next version.
 *
 * @param required                 the tests a lot must have results for
 * @param particleSize             the size range in nm
 * @param sizeMeasure              {@code mode} or {@code mean}: which figure of the distribution is judged
 * @param minParticlesPerUgProtein the least particles per µg of protein, or null
 * @param positiveMarkers          markers a lot must show present
 * @param negativeMarkers          markers (contaminants) a lot must show absent
 */
public record Specification(
        int version,
        List<String> required,
        Range particleConcentration,
        Range particleSize,
        String sizeMeasure,
        Range protein,
        Double minParticlesPerUgProtein,
        Potency potency,
        List<String> positiveMarkers,
        List<String> negativeMarkers) {

    public static final String PARTICLE_CONCENTRATION = "particle_concentration";
    public static final String PARTICLE_SIZE = "particle_size";
    public static final String PROTEIN = "protein";
    public static final String POTENCY = "potency";
    public static final String IDENTITY = "identity";

    /** Not measured but computed from a lot's particle concentration and protein. */
    public static final String PARTICLES_PER_UG_PROTEIN = "particles_per_ug_protein";

    /** The tests whose results are numbers judged against a criterion, not recorded as passed or failed. */
    public static final Set<String> QUANTITATIVE = Set.of(PARTICLE_CONCENTRATION, PARTICLE_SIZE, PROTEIN, POTENCY);

    public Specification {
        required = required == null ? List.of() : List.copyOf(required);
        particleConcentration = particleConcentration == null ? Range.OPEN : particleConcentration;
        particleSize = particleSize == null ? Range.OPEN : particleSize;
        protein = protein == null ? Range.OPEN : protein;
        potency = potency == null ? Potency.NONE : potency;
        positiveMarkers = upper(positiveMarkers);
        negativeMarkers = upper(negativeMarkers);
    }

    /** A closed range with either bound open (null). */
    public record Range(Double min, Double max) {
        public static final Range OPEN = new Range(null, null);

        public boolean admits(double value) {
            return (min == null || value >= min) && (max == null || value <= max);
        }

        public boolean open() {
            return min == null && max == null;
        }

        /** "1e9–1e11 particles/mL", "≥ 1.5e9 …", "≤ 200 nm"; null when open. */
        public String text(String unit) {
            if (open()) {
                return null;
            }
            String bounds = min != null && max != null
                    ? figure(min) + "–" + figure(max)
                    : min != null ? "≥ " + figure(min) : "≤ " + figure(max);
            return unit.isEmpty() ? bounds : bounds + " " + unit;
        }
    }

    /** The potency assay named by the product, its unit, and the least result that passes. */
    public record Potency(String assay, String unit, Double min) {
        public static final Potency NONE = new Potency(null, null, null);
    }

    /** The same specification as the given version. */
    public Specification numbered(int version) {
        return new Specification(
                version,
                required,
                particleConcentration,
                particleSize,
                sizeMeasure,
                protein,
                minParticlesPerUgProtein,
                potency,
                positiveMarkers,
                negativeMarkers);
    }

    /** The criterion a test's result is judged against, as a reader sees it; null when there is none. */
    public String criterion(String test) {
        return switch (test) {
            case PARTICLE_CONCENTRATION -> particleConcentration.text("particles/mL");
            case PARTICLE_SIZE -> particleSize.text("nm " + sizeMeasure);
            case PROTEIN -> protein.text("µg/mL");
            case PARTICLES_PER_UG_PROTEIN -> new Range(minParticlesPerUgProtein, null).text("particles/µg protein");
            case POTENCY -> new Range(potency.min(), null).text(potencyUnit());
            case IDENTITY -> positiveMarkers.isEmpty() && negativeMarkers.isEmpty() ? null : identityText();
            default -> null;
        };
    }

    /** Whether a test's result is judged against this specification rather than recorded as passed or failed. */
    public boolean judges(String test) {
        return QUANTITATIVE.contains(test) || test.equals(PARTICLES_PER_UG_PROTEIN) || test.equals(IDENTITY);
    }

    /**
     * A measured value judged against this specification: in spec passes, out of spec fails, and with
     * no criterion set the value is recorded and passes, saying so.
     */
    public LotRelease.Result judge(String test, double value) {
        Range range = switch (test) {
            case PARTICLE_CONCENTRATION -> particleConcentration;
            case PARTICLE_SIZE -> particleSize;
            case PROTEIN -> protein;
            case PARTICLES_PER_UG_PROTEIN -> new Range(minParticlesPerUgProtein, null);
            case POTENCY -> new Range(potency.min(), null);
            default -> throw new IllegalArgumentException("not a quantitative test: " + test);
        };
        String unit = switch (test) {
            case PARTICLE_CONCENTRATION -> "particles/mL";
            case PARTICLE_SIZE -> "nm " + sizeMeasure;
            case PROTEIN -> "µg/mL";
            case PARTICLES_PER_UG_PROTEIN -> "particles/µg protein";
            default -> potencyUnit() + (potency.assay() == null ? "" : ", " + potency.assay());
        };
        String criterion = criterion(test);
        String measured = "%s %s (%s)"
                .formatted(
                        figure(value),
                        unit,
                        criterion == null ? "no limit in specification version " + version : "spec " + criterion);
        return new LotRelease.Result(test, range.admits(value), measured);
    }

    /**
     * Identity judged by the markers a lot showed: every required positive marker found, every required
     * negative marker shown absent. A required contaminant found present, a required marker not found,
     * or a contaminant not tested, all leave identity unshown, so out of spec.
     */
    public LotRelease.Result identity(Collection<String> found, Collection<String> absent) {
        List<String> present = upper(List.copyOf(found));
        List<String> shownAbsent = upper(List.copyOf(absent));
        List<String> problems = new ArrayList<>();
        List<String> notFound = positiveMarkers.stream()
                .filter(marker -> !present.contains(marker))
                .toList();
        List<String> contaminants =
                negativeMarkers.stream().filter(present::contains).toList();
        List<String> untested = negativeMarkers.stream()
                .filter(marker -> !present.contains(marker) && !shownAbsent.contains(marker))
                .toList();
        if (!notFound.isEmpty()) {
            problems.add("not found: " + String.join(", ", notFound));
        }
        if (!contaminants.isEmpty()) {
            problems.add("contaminant present: " + String.join(", ", contaminants));
        }
        if (!untested.isEmpty()) {
            problems.add("not shown absent: " + String.join(", ", untested));
        }
        String measured = "found %s; absent %s (spec %s)%s"
                .formatted(
                        present.isEmpty() ? "none" : String.join(", ", present),
                        shownAbsent.isEmpty() ? "none" : String.join(", ", shownAbsent),
                        identityText(),
                        problems.isEmpty() ? "" : "; " + String.join("; ", problems));
        return new LotRelease.Result(IDENTITY, problems.isEmpty(), measured);
    }

    /**
     * The first thing wrong with this specification, naming the field; empty when it can be set. Every product
     * keeps the release list of {@code quality.yaml}; tests and markers must be known; bounds are positive numbers
     * with the minimum at most the maximum.
     */
    public Optional<Refusal> refusal(QualityRules rules) {
        Set<String> known = new LinkedHashSet<>(rules.requiredTests());
        known.addAll(rules.optionalTests());
        known.add(PARTICLES_PER_UG_PROTEIN);
        for (String test : required) {
            if (!known.contains(test)) {
                return refused(ProductRefusal.UNKNOWN_REQUIRED_TEST, test, known);
            }
        }
        if (!required.containsAll(rules.requiredTests())) {
            return refused(ProductRefusal.RELEASE_TEST_DROPPED, rules.requiredTests());
        }
        for (var field : List.of(
                new Field(PARTICLE_CONCENTRATION, particleConcentration),
                new Field(PARTICLE_SIZE, particleSize),
                new Field(PROTEIN, protein),
                new Field(PARTICLES_PER_UG_PROTEIN, new Range(minParticlesPerUgProtein, null)),
                new Field(POTENCY, new Range(potency.min(), null)))) {
            Optional<Refusal> wrong = field.refusal();
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        if (!List.of("mode", "mean").contains(sizeMeasure)) {
            return refused(ProductRefusal.UNKNOWN_SIZE_MEASURE, sizeMeasure);
        }
        if (potency.min() != null && (blank(potency.assay()) || blank(potency.unit()))) {
            return refused(ProductRefusal.POTENCY_WITHOUT_ASSAY);
        }
        return markersRefusal(rules);
    }

    private Optional<Refusal> markersRefusal(QualityRules rules) {
        Set<String> markers = new LinkedHashSet<>(rules.transmembrane());
        markers.addAll(rules.cytosolic());
        for (String marker : positiveMarkers) {
            if (!markers.contains(marker)) {
                return refused(ProductRefusal.UNKNOWN_POSITIVE_MARKER, marker);
            }
        }
        for (String marker : negativeMarkers) {
            if (!rules.negative().contains(marker)) {
                return refused(ProductRefusal.UNKNOWN_NEGATIVE_MARKER, marker);
            }
        }
        if (required.contains(IDENTITY) && positiveMarkers.isEmpty()) {
            return refused(ProductRefusal.IDENTITY_WITHOUT_POSITIVE_MARKER);
        }
        return Optional.empty();
    }

    private record Field(String name, Range range) {
        Optional<Refusal> refusal() {
            for (Double bound : new Double[] {range.min(), range.max()}) {
                if (bound != null && !(bound > 0 && Double.isFinite(bound))) {
                    return refused(ProductRefusal.BOUND_NOT_POSITIVE, name, bound);
                }
            }
            if (range.min() != null && range.max() != null && range.min() > range.max()) {
                return refused(ProductRefusal.MINIMUM_ABOVE_MAXIMUM, name, figure(range.min()), figure(range.max()));
            }
            return Optional.empty();
        }
    }

    private static Optional<Refusal> refused(ProductRefusal code, Object... particulars) {
        return Optional.of(Refusal.of(code, particulars));
    }

    private String potencyUnit() {
        return potency.unit() == null ? "" : potency.unit();
    }

    private String identityText() {
        String text = positiveMarkers.stream().map(marker -> marker + "+").collect(Collectors.joining(" "));
        String absent = negativeMarkers.stream().map(marker -> marker + "−").collect(Collectors.joining(" "));
        return (text + " " + absent).strip();
    }

    /** A figure as people write it: 50, 0.25, 1.2e10 (three significant digits). */
    public static String figure(double value) {
        double magnitude = Math.abs(value);
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e5)) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
    }

    private static List<String> upper(List<String> names) {
        return names == null
                ? List.of()
                : names.stream()
                        .map(name -> name.strip().toUpperCase(Locale.ROOT))
                        .filter(name -> !name.isEmpty())
                        .distinct()
                        .toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
