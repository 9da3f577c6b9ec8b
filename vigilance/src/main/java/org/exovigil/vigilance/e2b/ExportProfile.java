package org.exovigil.vigilance.e2b;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * Who an E2B(R3) export is for, and so what it must look like (issue 16, regional profiles): ICH is the IG alone;
 * FDA, EMA and PMDA add their regional guide's receiver, elements and business rules. A profile {@linkplain
 * #shape shapes} a report as that receiver is sent it (another region's elements left out) and {@linkplain #check
 * checks} it against the rules of {@code profile-rules.csv} (ICH's and its own) before it is written.
 */
public enum ExportProfile {
    /** The ICH E2B(R3) IG alone: no regional element is written; any receiver. */
    ICH("UNKNOWN"),
    /**
     * FDA's E2B(R3) regional guide: ICSRs to FAERS, postmarketing under ZZFDA, IND reports under ZZFDA_PREMKT, each
     * message to the centre FDA's rules give ({@link FdaReceiver}).
     */
    FDA("ZZFDA"),
    /**
     * The EU ICSR Implementation Guide (EMA/51938/2013): post-authorisation ICSRs to EudraVigilance (EVHUMAN);
     * SUSARs go to EVCTMPROD, named with {@code --receiver}.
     */
    EMA("EVHUMAN"),
    /**
     * The MHLW/PMDA notification on E2B(R3) ICSRs, with the J elements the case model holds (J2.1a, J2.1b, J2.2.1).
     * No source read names PMDA's receiver identifier (the ICH IG leaves N.1.4 to the trading partners): {@code
     * PMDA} is Exovigil's default until one does.
     */
    PMDA("PMDA");

    private final String defaultReceiver;

    ExportProfile(String defaultReceiver) {
        this.defaultReceiver = defaultReceiver;
    }

    /**
     * N.1.4 when the caller names no receiver and the batch is not known; ICH has none of its own, so {@code UNKNOWN}
     * as before. FDA's depends on the batch: {@link #defaultReceiver(List, String)}.
     */
    public String defaultReceiver() {
        return defaultReceiver;
    }

    /**
     * N.1.4 when the caller names no receiver, for a batch of these reports: FDA's depends on them (ZZFDA_PREMKT
     * when every message goes to an IND receiver, else ZZFDA; see {@link FdaReceiver}); the others have one.
     *
     * @param messageReceiver N.2.r.3 the caller names for every message; null for each message's own
     */
    public String defaultReceiver(List<IndividualCaseSafetyReport> reports, String messageReceiver) {
        if (this != FDA) {
            return defaultReceiver;
        }
        return FdaReceiver.batchReceiverFor(reports.stream()
                .map(report -> messageReceiver != null
                        ? messageReceiver
                        : FdaReceiver.of(report).name())
                .toList());
    }

    /**
     * N.2.r.3 of the message that carries {@code report} under {@code header}: the caller's when the header names
     * one; for FDA the centre and pathway FDA's rules give ({@link FdaReceiver#of}); else N.1.4, as EMA's and
     * PMDA's guides repeat it.
     */
    public String messageReceiver(BatchHeader header, IndividualCaseSafetyReport report) {
        if (header.messageReceiverId() != null) {
            return header.messageReceiverId();
        }
        return this == FDA ? FdaReceiver.of(report).name() : header.receiverId();
    }

    /** The profile by its name in any case ({@code fda}), as the command line and the API take it. */
    public static Optional<ExportProfile> named(String name) {
        for (ExportProfile profile : values()) {
            if (profile.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    /** The report as this profile writes it: the regional elements of other regions left out. */
    public IndividualCaseSafetyReport shape(IndividualCaseSafetyReport report) {
        return RegionalElements.keepOnly(this, report);
    }

    /**
     * Every rule of this profile the report, {@linkplain #shape shaped} for it and sent under {@code header},
     * breaks; empty when the message may be written.
     */
    public List<ProfileFinding> check(BatchHeader header, IndividualCaseSafetyReport report) {
        IndividualCaseSafetyReport shaped = shape(report);
        // The rules read N.2.r.3 from the header, as this message would be sent.
        BatchHeader sent = new BatchHeader(
                header.batchId(),
                header.senderId(),
                header.receiverId(),
                header.createdAt(),
                messageReceiver(header, report));
        List<ProfileFinding> findings = new ArrayList<>();
        for (ProfileRule rule : Rules.ALL) {
            if (rule.profile() == ICH || rule.profile() == this) {
                findings.addAll(rule.check(sent, shaped));
            }
        }
        return findings;
    }

    /** The rules of every profile, read once from {@code profile-rules.csv}. */
    static List<ProfileRule> rules() {
        return Rules.ALL;
    }

    /** Holds the rules apart from the constants, which the rules name as they are read. */
    private static final class Rules {

        private static final String FILE = "profile-rules.csv";
        private static final List<ProfileRule> ALL = load();

        private static List<ProfileRule> load() {
            List<ProfileRule> rules = new ArrayList<>();
            try (InputStream in = ExportProfile.class.getResourceAsStream(FILE);
                    var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int number = 0;
                for (String line; (line = lines.readLine()) != null; ) {
                    number++;
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("rule,")) {
                        continue;
                    }
                    // The last cell, the expectation in words, may hold commas.
                    String[] cells = line.split(",", 9);
                    if (cells.length != 9) {
                        throw new IllegalStateException(
                                "%s line %d: expected 9 cells, got %d".formatted(FILE, number, cells.length));
                    }
                    rules.add(new ProfileRule(
                            cells[0].strip(),
                            ExportProfile.valueOf(cells[1].strip().toUpperCase(Locale.ROOT)),
                            cells[2].strip(),
                            ProfileRule.Check.named(cells[3]),
                            cells[4].strip(),
                            cells[5].strip(),
                            cells[6].strip(),
                            cells[7].strip(),
                            cells[8].strip()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(FILE + " cannot be read", e);
            }
            return List.copyOf(rules);
        }
    }
}
