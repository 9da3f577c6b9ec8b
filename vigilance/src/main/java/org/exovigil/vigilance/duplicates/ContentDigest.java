package org.exovigil.vigilance.duplicates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * What a report says of its case, as one SHA-256 digest: its reporters, patient, reactions, products, tests,
 * narrative and comments, but not its identifiers and dates of receipt, which a copy sent again changes. The
 * statistical matcher cannot see a copy in a store too small to tell a common value from a rare one (with two
 * reports, every value is shared by all); a copy word for word needs no statistics (issue 19).
 */
final class ContentDigest {

    private ContentDigest() {}

    static String of(IndividualCaseSafetyReport report) {
        // Records print every component in a fixed order, so equal content prints equal text.
        String content = List.of(
                        report.primarySources(),
                        report.patient(),
                        report.reactions(),
                        report.products(),
                        report.tests(),
                        String.valueOf(report.narrative()),
                        String.valueOf(report.comments()))
                .toString();
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
