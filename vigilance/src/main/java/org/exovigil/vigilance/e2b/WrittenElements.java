package org.exovigil.vigilance.e2b;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.exovigil.vigilance.model.CaseComments;
import org.exovigil.vigilance.model.CaseComments.Summary;
import org.exovigil.vigilance.model.Dosage;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.Sender;
import org.exovigil.vigilance.model.TestResult;

/**
 * The values of a message's elements by E2B number, as {@link E2bWriter} would write them, for the rules of
 * {@code profile-rules.csv}: a repeating element gives one occurrence per repeat ({@code G.k.2.2[1]}), an absent
 * one a single occurrence without a value. Where the writer puts something in place of a missing value (C.1.7
 * as nullFlavor NI, C.3 as the batch's sender for Exovigil's own cases), so does this.
 */
final class WrittenElements {

    /** One occurrence of an element: where it is ({@code C.2.r.4[0]}) and its value, null when absent. */
    record Occurrence(String element, String value) {}

    /** What one element is read from: the message's header and its report. */
    private record Message(BatchHeader header, IndividualCaseSafetyReport report) {}

    private static final Map<String, Function<Message, List<Occurrence>>> ELEMENTS = Map.ofEntries(
            Map.entry("N.1.4", m -> one("N.1.4", m.header().receiverId())),
            // As ExportProfile#check resolves it for the message; N.1.4 when nothing else is named.
            Map.entry(
                    "N.2.r.3",
                    m -> one(
                            "N.2.r.3",
                            m.header().messageReceiverId() == null
                                    ? m.header().receiverId()
                                    : m.header().messageReceiverId())),
            Map.entry("C.1.1", m -> one("C.1.1", m.report().identification().senderReportId())),
            Map.entry(
                    "C.1.3",
                    m -> one("C.1.3", m.report().identification().type().e2bCode())),
            Map.entry("C.1.4", m -> one("C.1.4", m.report().identification().receivedOn())),
            Map.entry("C.1.5", m -> one("C.1.5", m.report().identification().mostRecentInfoOn())),
            Map.entry("C.1.7", m -> {
                Boolean criteria = context(m) == null ? null : context(m).localCriteria();
                return one("C.1.7", criteria == null ? "NI" : criteria);
            }),
            Map.entry("C.1.8.1", m -> one("C.1.8.1", m.report().identification().worldwideUniqueId())),
            Map.entry("C.1.11.1", m -> {
                var flag = m.report().identification().nullification();
                return one("C.1.11.1", flag == null ? null : flag.kind().e2bCode());
            }),
            Map.entry("C.1.11.2", m -> {
                var flag = m.report().identification().nullification();
                return one("C.1.11.2", flag == null ? null : flag.reason());
            }),
            Map.entry("FDA.C.1.7.1", m -> {
                ReportContext context = context(m);
                return one("FDA.C.1.7.1", context == null ? null : context.localCriteriaReportType());
            }),
            // The first primary source is the one for regulatory purposes (C.2.r.5), as PrimarySourceElements writes.
            Map.entry("C.2.r.5", m -> one("C.2.r.5", regulatorySource(m) == null ? null : 1)),
            Map.entry("C.2.r.4", m -> {
                PrimarySource source = regulatorySource(m);
                return one(
                        "C.2.r.4[0]",
                        source == null || source.qualification() == null
                                ? null
                                : source.qualification().e2bCode());
            }),
            Map.entry("C.2.r.3", m -> {
                PrimarySource source = regulatorySource(m);
                return one("C.2.r.3[0]", source == null ? null : source.country());
            }),
            Map.entry("C.3.1", m -> {
                Sender sender = m.report().identification().sender();
                return one(
                        "C.3.1",
                        sender == null
                                ? 6
                                : sender.type() == null ? null : sender.type().e2bCode());
            }),
            Map.entry("C.3.2", m -> {
                Sender sender = m.report().identification().sender();
                return one("C.3.2", sender == null ? m.header().senderId() : sender.organisation());
            }),
            Map.entry("D", m -> one("D", m.report().patient().isIdentifiable() ? "identifiable" : null)),
            Map.entry("D.2.1", m -> {
                var born = m.report().patient().birthDate();
                return one("D.2.1", born == null ? null : born.value());
            }),
            Map.entry("FDA.D.11.r", m -> each("FDA.D.11.r", m.report().patient().race(), race -> race)),
            Map.entry("FDA.D.12", m -> one("FDA.D.12", m.report().patient().ethnicity())),
            Map.entry("E.i", m -> each("E.i", m.report().reactions(), Reaction::label)),
            Map.entry("E.i.1.1a", m -> each("E.i.1.1a", m.report().reactions(), Reaction::term)),
            Map.entry(
                    "E.i.7",
                    m -> each(
                            "E.i.7",
                            m.report().reactions(),
                            r -> r.outcome() == null ? null : r.outcome().e2bCode())),
            Map.entry(
                    "G.k.1",
                    m -> each("G.k.1", m.report().products(), p -> p.role().e2bCode())),
            Map.entry("G.k.2.2", m -> each("G.k.2.2", m.report().products(), Product::name)),
            Map.entry(
                    "E.i.1.1b",
                    m -> each(
                            "E.i.1.1b",
                            m.report().reactions(),
                            r -> r.details() == null ? null : r.details().language())),
            Map.entry("F.r.3.3", m -> each("F.r.3.3", m.report().tests(), WrittenElements::structuredUnit)),
            Map.entry("G.k.4.r.1b", m -> doseUnits(m.report().products())),
            Map.entry("H.1", m -> one("H.1", m.report().narrative())),
            Map.entry("C.5.4", m -> {
                ReportContext context = context(m);
                return one(
                        "C.5.4",
                        context == null || context.study() == null
                                ? null
                                : context.study().type());
            }),
            Map.entry("J2.1a", m -> one("J2.1a", pmda(m) == null ? null : pmda(m).reportCategory())),
            Map.entry("J2.1b", m -> one("J2.1b", pmda(m) == null ? null : pmda(m).identificationNumber())),
            Map.entry("J2.2.1", m -> one("J2.2.1", pmda(m) == null ? null : pmda(m).reportingStart())),
            Map.entry("H.5.r.1b", m -> {
                CaseComments comments = m.report().comments();
                return each("H.5.r.1b", comments == null ? List.of() : comments.summaries(), Summary::language);
            }));

    private WrittenElements() {}

    /** Whether the rules may name this element. */
    static boolean knows(String element) {
        return ELEMENTS.containsKey(element);
    }

    static List<Occurrence> of(String element, BatchHeader header, IndividualCaseSafetyReport report) {
        Function<Message, List<Occurrence>> read = ELEMENTS.get(element);
        if (read == null) {
            throw new IllegalArgumentException("no element " + element + " is read for the profile rules");
        }
        return read.apply(new Message(header, report));
    }

    private static ReportContext context(Message m) {
        return m.report().identification().context();
    }

    private static ReportContext.Pmda pmda(Message m) {
        return context(m) == null ? null : context(m).pmda();
    }

    private static PrimarySource regulatorySource(Message m) {
        return m.report().primarySources().isEmpty()
                ? null
                : m.report().primarySources().getFirst();
    }

    /** F.r.3.3 as TestElements writes it: a unit in the value's PQ only beside a number or a bound. */
    private static String structuredUnit(TestResult test) {
        boolean structured = test.result() != null
                && (E2bWriter.isDecimal(test.result())
                        || TestResult.BOUND.matcher(test.result()).matches());
        return structured ? test.unit() : null;
    }

    /** G.k.4.r.1b of every dosage as DrugWriting writes them: each dosage sent, or the product's one dose. */
    private static List<Occurrence> doseUnits(List<Product> products) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (int k = 0; k < products.size(); k++) {
            Product product = products.get(k);
            List<Dosage> dosages =
                    product.details() == null ? List.of() : product.details().dosages();
            if (dosages.isEmpty() && product.dose() != null) {
                occurrences.add(new Occurrence(
                        "G.k.4.r.1b[%d][0]".formatted(k), text(product.dose().unit())));
            }
            for (int r = 0; r < dosages.size(); r++) {
                occurrences.add(new Occurrence(
                        "G.k.4.r.1b[%d][%d]".formatted(k, r),
                        text(dosages.get(r).doseUnit())));
            }
        }
        return occurrences.isEmpty() ? one("G.k.4.r.1b", null) : occurrences;
    }

    private static List<Occurrence> one(String element, Object value) {
        return List.of(new Occurrence(element, text(value)));
    }

    private static <T> List<Occurrence> each(String element, List<T> repeats, Function<T, Object> value) {
        if (repeats.isEmpty()) {
            return one(element, null);
        }
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < repeats.size(); i++) {
            occurrences.add(new Occurrence(element + "[" + i + "]", text(value.apply(repeats.get(i)))));
        }
        return occurrences;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> E2bWriter.date(date);
            case String s -> s.isBlank() ? null : s;
            default -> value.toString();
        };
    }
}
