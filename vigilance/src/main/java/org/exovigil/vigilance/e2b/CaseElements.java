package org.exovigil.vigilance.e2b;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * The data elements of the cases in an ICSR batch, as a multiset of signatures, for comparing a message
 * with what Exovigil writes back: the reader names each element of a message the case model did not take
 * ({@link #notTaken}), so that its acknowledgement says so, and the conformance tests measure FDA's examples.
 * A signature is an element's semantic path (each step named by its tag
 * and, for an observation or organizer, by its E2B code, e.g. {@code observation{...19#3}} for age) with
 * the attributes and text that carry data. Left out, as what a receiver may lawfully write differently:
 * <ul>
 *   <li>everything outside {@code investigationEvent}: the batch and message wrapper (N.1, N.2) and the
 *       date of creation (C.1.2), which belong to each transmission;
 *   <li>{@code displayName}, a label for people that the IG makes optional;
 *   <li>{@code codeSystemVersion} of ICH's own code lists (the list versions the writer uses); MedDRA's
 *       version is E.i.2.1a and F.r.2.2a and is kept;
 *   <li>HL7 structural attributes with fixed values ({@code classCode}, {@code moodCode},
 *       {@code typeCode}, {@code determinerCode}, {@code xsi:type}) and the {@code root} of internal
 *       link identifiers (UUIDs that tie a drug to its causality assessments), which are regenerated;
 *   <li>a coded element that names only its code system, with no code, null flavour or text: it carries no
 *       value (FDA's examples write them as empty placeholders, e.g. G.k.4.r.9.2 with no form);
 *   <li>{@code mediaType="text/plain"}, the default of HL7's ED type, whether said or not;
 *   <li>how a number is spelt ({@code 33.0}, {@code +33}, {@code 33});
 *   <li>line breaks and spaces in Base64 content, which carry no data (RFC 4648 §3.3);
 *   <li>the letter case of a country code (ISO 3166 codes and the IG's "EU" are case-insensitive, and the IG
 *       accepts either; FDA's Scenario 6 writes "eu");
 *   <li>a country on the performer of a dosage: FDA's examples repeat G.k.2.4 there (the IG has no such
 *       element in G.k.4.r); the reader takes it as G.k.2.4 only when the IG's place, the drug's "retail
 *       supply" product event, is empty, and the writer writes G.k.2.4 once, in the IG's place.
 * </ul>
 * Repeats are matched as a multiset, not by position.
 */
final class CaseElements {

    private static final Set<String> STRUCTURAL =
            Set.of("classCode", "moodCode", "typeCode", "determinerCode", "xsi:type", "displayName");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String MEDDRA = "2.16.840.1.113883.6.163";
    private static final String ISO_COUNTRY = "1.0.3166.1.2.2";
    private static final Set<String> CODE_SYSTEM_ONLY = Set.of("codeSystem", "codeSystemVersion");
    /** A decimal spelt with a sign, a point or trailing zeros, which another writer may spell otherwise. */
    private static final Pattern SPELT_NUMBER = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,20})?");

    private static final String COUNTRY_ON_DOSAGE =
            "/outboundRelationship2/substanceAdministration/performer/assignedEntity/representedOrganization/addr/country";

    /** The header a message is written back under to be compared; the wrapper is not compared. */
    private static final BatchHeader WRITTEN_BACK =
            new BatchHeader("COVERAGE", "EXOVIGIL", "EXOVIGIL", OffsetDateTime.parse("2000-01-01T00:00:00Z"));

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, XmlElement> firstSeen = new HashMap<>();

    private CaseElements() {}

    static CaseElements of(byte[] batch) {
        // Limited to their own length: the bytes are in memory already (escaping and indentation make them longer).
        XmlElement root = HardenedXml.parse(new ByteArrayInputStream(batch), batch.length, HardenedXml.Doctype.REFUSED)
                .value();
        var elements = new CaseElements();
        for (XmlElement message : root.children("PORR_IN049016UV")) {
            XmlElement event = message.at("controlActProcess", "subject", "investigationEvent");
            if (event != null) {
                elements.walk(event, "investigationEvent");
            }
        }
        return elements;
    }

    /**
     * The elements of a message's case that do not come back when the case read from it is written again, each
     * with where it stands: what the case model did not take.
     */
    static Map<String, XmlElement> notTaken(XmlElement event, IndividualCaseSafetyReport read) {
        var sent = new CaseElements();
        sent.walk(event, "investigationEvent");
        CaseElements back = of(E2bWriter.write(WRITTEN_BACK, List.of(read)));
        Map<String, XmlElement> missing = new LinkedHashMap<>();
        sent.missingFrom(back).keySet().forEach(signature -> missing.put(signature, sent.firstSeen.get(signature)));
        return missing;
    }

    int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many of this set's elements the other holds too. */
    int keptIn(CaseElements other) {
        int kept = 0;
        for (var entry : counts.entrySet()) {
            kept += Math.min(entry.getValue(), other.counts.getOrDefault(entry.getKey(), 0));
        }
        return kept;
    }

    /** This set's elements that the other lacks, each with how many are missing. */
    Map<String, Integer> missingFrom(CaseElements other) {
        Map<String, Integer> missing = new TreeMap<>();
        counts.forEach((signature, count) -> {
            int short_ = count - other.counts.getOrDefault(signature, 0);
            if (short_ > 0) {
                missing.put(signature, short_);
            }
        });
        return missing;
    }

    private void walk(XmlElement element, String path) {
        String data = data(element);
        if (!data.isEmpty() && !path.endsWith(COUNTRY_ON_DOSAGE)) {
            counts.merge(path + data, 1, Integer::sum);
            firstSeen.putIfAbsent(path + data, element);
        }
        for (XmlElement child : element.children()) {
            walk(child, path + "/" + step(child));
        }
    }

    private static String step(XmlElement element) {
        XmlElement code = element.child("code");
        boolean coded = (element.name().equals("observation") || element.name().equals("organizer")) && code != null;
        return coded
                ? element.name() + "{" + code.attribute("codeSystem") + "#" + code.attribute("code") + "}"
                : element.name();
    }

    private static String data(XmlElement element) {
        List<String> parts = new ArrayList<>();
        boolean country = ISO_COUNTRY.equals(element.attribute("codeSystem"))
                || element.name().equals("country");
        new TreeMap<>(element.attributes()).forEach((name, value) -> {
            if (STRUCTURAL.contains(name)
                    || name.startsWith("{")
                    || name.equals("mediaType") && value.equals("text/plain")) {
                return;
            }
            if (name.equals("codeSystemVersion") && !MEDDRA.equals(element.attribute("codeSystem"))) {
                return;
            }
            if (name.equals("root")
                    && UUID.matcher(value).matches()
                    && element.name().equals("id")) {
                parts.add("root=uuid");
                return;
            }
            String kept = country && name.equals("code") ? value.toUpperCase(Locale.ROOT) : number(name, value);
            parts.add(name + "=" + kept);
        });
        String text = element.text() == null ? "" : element.text().strip().replaceAll("\\s+", " ");
        if ("B64".equals(element.attribute("representation"))) {
            text = text.replace(" ", "");
        }
        if (!text.isEmpty()) {
            parts.add("'" + (country ? text.toUpperCase(Locale.ROOT) : text) + "'");
        } else if (parts.stream().allMatch(part -> CODE_SYSTEM_ONLY.contains(part.substring(0, part.indexOf('='))))) {
            return "";
        }
        return parts.isEmpty() ? "" : "[" + String.join(" ", parts) + "]";
    }

    /** A number as its value, however spelt: {@code 33.0}, {@code +33} and {@code 33} are one D.2.2a. */
    private static String number(String name, String value) {
        if (!name.equals("value") || !SPELT_NUMBER.matcher(value).matches()) {
            return value;
        }
        return new BigDecimal(value).stripTrailingZeros().toPlainString();
    }
}
