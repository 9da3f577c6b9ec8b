package org.exovigil.vigilance.external;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;

/**
 * One case from a public data set, reduced to what signal detection and the case store need: who, when,
 * what happened, what was given. The same shape for FAERS and VAERS, so the application stores both in one
 * table and turns either into signal input with {@link #signalRows()}. Dates are ISO 8601 and may be
 * reduced in precision as the source gives them ({@code 2013}, {@code 2013-08}, {@code 2013-08-01}).
 *
 * @param source             which data set
 * @param caseId             FAERS caseid; VAERS VAERS_ID without its zero padding
 * @param version            FAERS caseversion (the latest in the quarter); 1 for VAERS
 * @param primaryId          FAERS primaryid (caseid and version); VAERS_ID for VAERS
 * @param eventDate          FAERS event_dt; VAERS ONSET_DATE; null when absent or not a date
 * @param receivedDate       FAERS fda_dt; VAERS RECVDATE where the file has it; null otherwise
 * @param age                FAERS age; VAERS AGE_YRS
 * @param ageUnit            FAERS age_cod (DEC, YR, MON, WK, DY, HR); {@code YR} for VAERS
 * @param sex                M, F, else unknown; null when the cell is empty
 * @param country            FAERS occr_country (ISO 3166-1 alpha-2); null for VAERS, whose files give a
 *                           US state and no country
 * @param reporterOccupation FAERS occp_cod (MD, PH, OT, LW, CN, HP); null for VAERS
 * @param outcomes           FAERS OUTC outc_cod (DE, LT, HO, DS, CA, RI, OT); for VAERS the names of the
 *                           flag columns that hold Y (DIED, L_THREAT, ER_VISIT, HOSPITAL, X_STAY,
 *                           DISABLE, BIRTH_DEFECT, OFC_VISIT, ER_ED_VISIT), whichever the file has
 * @param products           in file order
 * @param reactions          in file order, each term once
 */
public record ExternalCase(
        DataSet source,
        String caseId,
        int version,
        String primaryId,
        String eventDate,
        String receivedDate,
        BigDecimal age,
        String ageUnit,
        Sex sex,
        String country,
        String reporterOccupation,
        List<String> outcomes,
        List<ExternalProduct> products,
        List<ExternalReaction> reactions) {

    /** FAERS outcome codes and VAERS flag columns that are ICH E2A seriousness criteria. */
    private static final Map<String, SeriousnessCriterion> CRITERIA = Map.ofEntries(
            Map.entry("DE", SeriousnessCriterion.DEATH),
            Map.entry("LT", SeriousnessCriterion.LIFE_THREATENING),
            Map.entry("HO", SeriousnessCriterion.HOSPITALISATION),
            Map.entry("DS", SeriousnessCriterion.DISABILITY),
            Map.entry("CA", SeriousnessCriterion.CONGENITAL_ANOMALY),
            Map.entry("OT", SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT),
            Map.entry("DIED", SeriousnessCriterion.DEATH),
            Map.entry("L_THREAT", SeriousnessCriterion.LIFE_THREATENING),
            Map.entry("HOSPITAL", SeriousnessCriterion.HOSPITALISATION),
            Map.entry("X_STAY", SeriousnessCriterion.HOSPITALISATION),
            Map.entry("DISABLE", SeriousnessCriterion.DISABILITY),
            Map.entry("BIRTH_DEFECT", SeriousnessCriterion.CONGENITAL_ANOMALY));

    public ExternalCase {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(caseId, "caseId");
        outcomes = List.copyOf(outcomes);
        products = List.copyOf(products);
        reactions = List.copyOf(reactions);
    }

    /** The id the signal input and the case store use: {@code FAERS:10011573}, {@code VAERS:676017}. */
    public String reportId() {
        return source + ":" + caseId;
    }

    /**
     * The ICH E2A criteria among the outcomes: FAERS DE, LT, HO, DS, CA and OT; VAERS DIED, L_THREAT,
     * HOSPITAL and X_STAY, DISABLE, BIRTH_DEFECT. FAERS RI (required intervention) and the VAERS visit
     * flags are not E2A criteria.
     */
    public Set<SeriousnessCriterion> seriousness() {
        Set<SeriousnessCriterion> criteria = EnumSet.noneOf(SeriousnessCriterion.class);
        outcomes.forEach(o -> {
            if (CRITERIA.containsKey(o)) {
                criteria.add(CRITERIA.get(o));
            }
        });
        return criteria;
    }

    public boolean isSerious() {
        return !seriousness().isEmpty();
    }

    /** The age in years (FAERS DEC, YR, MON, WK, DY, HR), rounded down to two decimals; null when unknown. */
    public BigDecimal ageInYears() {
        if (age == null || ageUnit == null) {
            return null;
        }
        BigDecimal years = switch (ageUnit) {
            case "DEC" -> age.multiply(BigDecimal.TEN);
            case "YR" -> age;
            case "MON" -> age.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
            case "WK" -> age.multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(365.25), 2, RoundingMode.DOWN);
            case "DY" -> age.divide(BigDecimal.valueOf(365.25), 2, RoundingMode.DOWN);
            case "HR" -> age.divide(BigDecimal.valueOf(8766), 2, RoundingMode.DOWN);
            default -> null;
        };
        return years == null ? null : years.setScale(Math.min(2, Math.max(0, years.scale())), RoundingMode.DOWN);
    }

    /**
     * The signal-detection rows of this case ({@code spec/signals.md}): one per suspected product (suspect
     * or interacting; every VAERS vaccine) and reaction, each pair once, named by {@link
     * ExternalProduct#signalName()} and the preferred term.
     */
    public List<SignalRow> signalRows() {
        return signalRows(false);
    }

    /** As {@link #signalRows()}, with concomitant products too when {@code includeConcomitant}. */
    public List<SignalRow> signalRows(boolean includeConcomitant) {
        Set<String> names = new LinkedHashSet<>();
        for (ExternalProduct product : products) {
            ProductRole role = product.role();
            boolean counted =
                    role != null && (role.isSuspected() || (includeConcomitant && role == ProductRole.CONCOMITANT));
            if (counted && product.signalName() != null) {
                names.add(product.signalName());
            }
        }
        Set<String> events = new LinkedHashSet<>();
        reactions.forEach(r -> events.add(r.preferredTerm()));
        List<SignalRow> rows = new ArrayList<>(names.size() * events.size());
        for (String name : names) {
            for (String event : events) {
                rows.add(new SignalRow(reportId(), name, event));
            }
        }
        return rows;
    }
}
