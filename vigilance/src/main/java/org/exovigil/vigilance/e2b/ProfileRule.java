package org.exovigil.vigilance.e2b;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.exovigil.vigilance.e2b.WrittenElements.Occurrence;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.IsoLanguages;
import org.exovigil.vigilance.model.UcumUnits;

/**
 * One line of {@code profile-rules.csv}: what a receiver requires of one element. The checks are generic, the
 * rules data (STYLE: the law is data); {@link ExportProfile} says which rules bind which receiver.
 *
 * @param id       stable id, e.g. {@code FDA-C.1.7.1}
 * @param profile  the profile that states the rule; ICH rules bind every profile
 * @param element  the E2B number the rule reads (see {@link WrittenElements})
 * @param check    what is checked
 * @param value    the check's parameter: a length, codes (space-separated) or a pattern; empty when none
 * @param when     the condition under which the rule binds, {@code ELEMENT=VALUE} or {@code ELEMENT=present};
 *                 empty when it always binds
 * @param source   the document and section it comes from
 * @param reviewed when a person last held it against its source (ISO date)
 * @param expected what the receiver expects, in words
 */
record ProfileRule(
        String id,
        ExportProfile profile,
        String element,
        Check check,
        String value,
        String when,
        String source,
        String reviewed,
        String expected) {

    enum Check {
        REQUIRED,
        MAX_LENGTH,
        ONE_OF,
        PATTERN,
        AT_LEAST_ONE,
        /** A UCUM unit code ({@link UcumUnits}). */
        UCUM,
        /** An ISO 639-2 alpha-3 language code ({@link IsoLanguages}). */
        ISO_639_2;

        static Check named(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    ProfileRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(check, "check");
        if (!WrittenElements.knows(element)) {
            throw new IllegalArgumentException("rule %s: no element %s".formatted(id, element));
        }
        if (!when.isEmpty() && !WrittenElements.knows(when.substring(0, Math.max(0, when.indexOf('='))))) {
            throw new IllegalArgumentException("rule %s: condition %s names no known element".formatted(id, when));
        }
        if ((check == Check.MAX_LENGTH || check == Check.ONE_OF || check == Check.PATTERN) && value.isEmpty()) {
            throw new IllegalArgumentException("rule %s: %s needs a value".formatted(id, check));
        }
    }

    /** Every occurrence of the element that breaks this rule, as findings; none when the rule does not bind. */
    List<ProfileFinding> check(BatchHeader header, IndividualCaseSafetyReport report) {
        if (!binds(header, report)) {
            return List.of();
        }
        List<Occurrence> occurrences = WrittenElements.of(element, header, report);
        List<ProfileFinding> findings = new ArrayList<>();
        switch (check) {
            case REQUIRED ->
                occurrences.stream()
                        .filter(o -> o.value() == null)
                        .forEach(o -> findings.add(finding(o.element(), expected)));
            case MAX_LENGTH ->
                occurrences.stream()
                        .filter(o -> o.value() != null && o.value().length() > Integer.parseInt(value))
                        .forEach(o -> findings.add(finding(
                                o.element(), expected + ", got " + o.value().length())));
            case ONE_OF ->
                occurrences.stream()
                        .filter(o -> o.value() != null && !codes().contains(o.value()))
                        .forEach(o -> findings.add(finding(o.element(), expected + ", got " + quoted(o.value()))));
            case PATTERN ->
                occurrences.stream()
                        .filter(o -> o.value() != null && !Pattern.matches(value, o.value()))
                        .forEach(o -> findings.add(finding(o.element(), expected + ", got " + quoted(o.value()))));
            case UCUM ->
                occurrences.stream()
                        .filter(o -> o.value() != null && !UcumUnits.isValid(o.value()))
                        .forEach(o -> findings.add(finding(o.element(), expected + ", got " + quoted(o.value()))));
            case ISO_639_2 ->
                occurrences.stream()
                        .filter(o -> o.value() != null && !IsoLanguages.isAlpha3(o.value()))
                        .forEach(o -> findings.add(finding(o.element(), expected + ", got " + quoted(o.value()))));
            case AT_LEAST_ONE -> {
                boolean met = occurrences.stream()
                        .anyMatch(o -> o.value() != null && (value.isEmpty() || codes().contains(o.value())));
                if (!met) {
                    findings.add(finding(element, expected));
                }
            }
        }
        return findings;
    }

    private boolean binds(BatchHeader header, IndividualCaseSafetyReport report) {
        if (when.isEmpty()) {
            return true;
        }
        String on = when.substring(0, when.indexOf('='));
        String wanted = when.substring(when.indexOf('=') + 1);
        return WrittenElements.of(on, header, report).stream()
                .anyMatch(o -> o.value() != null && (wanted.equals("present") || wanted.equals(o.value())));
    }

    private Set<String> codes() {
        return Set.copyOf(Arrays.asList(value.strip().split("\\s+")));
    }

    private ProfileFinding finding(String at, String what) {
        return new ProfileFinding(id, at, what, source);
    }

    /** Long values are cut, so one finding stays one line. */
    private static String quoted(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
    }
}
