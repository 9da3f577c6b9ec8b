package org.exovigil.vigilance.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;

/**
 * Units of measure as E2B(R3) requires them: UCUM codes, case-sensitive (ICH E2B(R3) IG v5.02, the units of D.2.2b,
 * F.r.3.3, G.k.4.r.1b and others "constrained UCUM"). Held to UCUM's own definitions ({@code ucum-essence.xml},
 * shipped in the UCUM project's Java library) rather than to a list copied here, so {@code mg/dL}, {@code 10.a} and
 * annotations such as {@code {tbl}} are valid and {@code tablet} or {@code MG} are not.
 */
public final class UcumUnits {

    private static final UcumEssenceService UCUM = load();

    private UcumUnits() {}

    /** Whether the text is a valid UCUM unit. */
    public static boolean isValid(String unit) {
        if (unit == null || unit.isBlank() || !unit.equals(unit.strip())) {
            return false;
        }
        // The service parses each call afresh over a read-only model; synchronised as its thread safety is unstated.
        synchronized (UCUM) {
            return UCUM.validate(unit) == null;
        }
    }

    private static UcumEssenceService load() {
        try (InputStream in = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            if (in == null) {
                throw new IllegalStateException("ucum-essence.xml is missing from the UCUM library");
            }
            return new UcumEssenceService(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UcumException e) {
            throw new IllegalStateException("ucum-essence.xml cannot be read", e);
        }
    }
}
