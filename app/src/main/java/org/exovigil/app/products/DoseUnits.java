package org.exovigil.app.products;

import java.util.Locale;

/**
 * A dose in the units the field uses side by side: millilitres of product, particles, micrograms of
 * protein. There is no consensus unit (regulation.md §5.4), so a conversion is shown with the measured
 * concentration it rests on, or refused when that concentration was not measured; particles are never
 * turned into protein, or back, except through the product's own measured ratio.
 */
public final class DoseUnits {

    private DoseUnits() {}

    /** The dose in another unit, or why it cannot be given. */
    public record Conversion(Double amount, String unit, String how) {
        public boolean refused() {
            return amount == null;
        }
    }

    public static Conversion convert(double amount, String from, String to, Dossier dossier) {
        Double fromPerMl = perMl(from, dossier);
        Double toPerMl = perMl(to, dossier);
        if (fromPerMl == null || toPerMl == null) {
            String lacking = fromPerMl == null ? from : to;
            return new Conversion(
                    null,
                    to,
                    "refused: the product's %s per mL was not measured, so no conversion rests on data"
                            .formatted(lacking));
        }
        double converted = amount / fromPerMl * toPerMl;
        return new Conversion(
                converted,
                to,
                String.format(
                        Locale.ROOT,
                        "%s %s = %.4g mL x %.4g %s/mL (measured)",
                        amount,
                        from,
                        amount / fromPerMl,
                        toPerMl,
                        to));
    }

    private static Double perMl(String unit, Dossier dossier) {
        return switch (unit) {
            case "mL" -> 1.0;
            case "particles" -> dossier.particlesPerMl();
            case "ug_protein" -> dossier.proteinUgPerMl();
            default -> throw new IllegalArgumentException("unit: expected mL, particles or ug_protein, got " + unit);
        };
    }
}
