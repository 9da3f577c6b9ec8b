package org.exovigil.app.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A product's characterisation dossier in the terms of ISEV's minimal information (MISEV2018 Table 3;
 * shared/domain/regulation.md §5.1): how much source material, two quantifications and their ratio,
 * positive markers (one transmembrane, one cytosolic), negative markers, and single-vesicle evidence
 * both by image and by a method that counts many vesicles.
 *
 * @param particlesPerMl particle concentration (NTA, TRPS, flow), or null
 * @param proteinUgPerMl protein concentration (BCA, Bradford), or null
 * @param lipidNmolPerMl lipid amount, or null
 */
public record Dossier(
        String sourceQuantity,
        Double particlesPerMl,
        Double proteinUgPerMl,
        Double lipidNmolPerMl,
        List<String> positiveMarkers,
        List<String> negativeMarkers,
        String singleVesicleImaging,
        String singleVesicleCounting) {

    public Dossier {
        positiveMarkers = positiveMarkers == null ? List.of() : List.copyOf(positiveMarkers);
        negativeMarkers = negativeMarkers == null ? List.of() : List.copyOf(negativeMarkers);
    }

    public static Dossier empty() {
        return new Dossier(null, null, null, null, List.of(), List.of(), null, null);
    }

    /** Particles per microgram of protein: MISEV's purity indicator; null without both figures. */
    public Double particlesPerUgProtein() {
        return particlesPerMl == null || proteinUgPerMl == null || proteinUgPerMl <= 0
                ? null
                : particlesPerMl / proteinUgPerMl;
    }

    /** The completeness of the dossier: which of MISEV's mandatory items are met and which are missing. */
    public Score score(QualityRules rules) {
        List<String> met = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        check(!blank(sourceQuantity), "source_quantity", met, missing);
        long quantifications = java.util.stream.Stream.of(particlesPerMl, proteinUgPerMl, lipidNmolPerMl)
                .filter(value -> value != null && value > 0)
                .count();
        check(quantifications >= 2, "two_quantifications", met, missing);
        check(has(positiveMarkers, rules.transmembrane()), "transmembrane_marker", met, missing);
        check(has(positiveMarkers, rules.cytosolic()), "cytosolic_marker", met, missing);
        check(has(negativeMarkers, rules.negative()), "negative_marker", met, missing);
        check(!blank(singleVesicleImaging), "single_vesicle_imaging", met, missing);
        check(!blank(singleVesicleCounting), "single_vesicle_counting", met, missing);
        return new Score(List.copyOf(met), List.copyOf(missing));
    }

    /** Met and missing MISEV items, by code. */
    public record Score(List<String> met, List<String> missing) {
        public int percent() {
            int all = met.size() + missing.size();
            return all == 0 ? 0 : Math.round(100f * met.size() / all);
        }
    }

    private static boolean has(List<String> markers, Set<String> kind) {
        return markers.stream()
                .map(marker -> marker.strip().toUpperCase(Locale.ROOT))
                .anyMatch(kind::contains);
    }

    private static void check(boolean holds, String item, List<String> met, List<String> missing) {
        (holds ? met : missing).add(item);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
