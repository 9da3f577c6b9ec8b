package org.exovigil.vigilance.external;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exovigil.vigilance.model.Sex;

/**
 * Collects one case while its rows are read from several files, then gives the immutable {@link
 * ExternalCase}. Texts that repeat across millions of rows (drug names, preferred terms, codes) are
 * shared through one pool per read, which keeps a full FAERS quarter in a few hundred megabytes.
 */
final class CaseBuilder {

    /** One pool of repeated texts per read. */
    static final class Texts {
        private final Map<String, String> pool = new HashMap<>();

        String of(String text) {
            return text == null ? null : pool.computeIfAbsent(text, t -> t);
        }
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    final DataSet source;
    final String caseId;
    final int version;
    final String primaryId;
    String eventDate;
    String receivedDate;
    BigDecimal age;
    String ageUnit;
    Sex sex;
    String country;
    String reporterOccupation;
    final Set<String> outcomes = new LinkedHashSet<>();
    final List<ExternalProduct> products = new ArrayList<>();
    final Set<ExternalReaction> reactions = new LinkedHashSet<>();

    CaseBuilder(DataSet source, String caseId, int version, String primaryId) {
        this.source = source;
        this.caseId = caseId;
        this.version = version;
        this.primaryId = primaryId;
    }

    ExternalCase build() {
        return new ExternalCase(
                source,
                caseId,
                version,
                primaryId,
                eventDate,
                receivedDate,
                age,
                ageUnit,
                sex,
                country,
                reporterOccupation,
                List.copyOf(outcomes),
                products,
                List.copyOf(reactions));
    }

    /** M and F; any other written value (U, UNK, NS) is unknown; an empty cell is null. */
    static Sex sex(String cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> Sex.UNKNOWN;
        };
    }

    /** A decimal number, or null for an empty or non-numeric cell (ages in the files are sometimes words). */
    static BigDecimal decimal(String cell) {
        if (cell == null || cell.length() > 20 || !DECIMAL.matcher(cell).matches()) {
            return null;
        }
        return new BigDecimal(cell);
    }
}
