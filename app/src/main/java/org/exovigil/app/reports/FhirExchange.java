package org.exovigil.app.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.fhir.FhirCase;
import org.exovigil.vigilance.fhir.FhirFormat;
import org.exovigil.vigilance.fhir.FhirReader;
import org.exovigil.vigilance.fhir.FhirWriter;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * HL7 FHIR R4 over the case store, with the vigilance core's mapping: each reaction of a case's current
 * version is one AdverseEvent, identified as {@code CASE-ID-n} (n from 1); reading follows the same
 * rules as the JSON API (regulators see every case and their reading of personal data is audited, a
 * sender sees its own); received cases go through the same intake as every other report.
 */
@Service
public class FhirExchange {

    private static final Pattern ADVERSE_EVENT_ID =
            Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([1-9][0-9]{0,3})");

    private final ReportReading reading;
    private final ReportIntake intake;
    private final ReportStore store;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    FhirExchange(ReportReading reading, ReportIntake intake, ReportStore store, AuditLog audit, JdbcClient jdbc) {
        this.reading = reading;
        this.intake = intake;
        this.store = store;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The current version of every case (identifiers included) as one FHIR collection Bundle. */
    @Transactional
    public String exportAll(FhirFormat format, String by) {
        List<IndividualCaseSafetyReport> reports = store.currentCases().stream()
                .map(ReportStore.CurrentCase::report)
                .toList();
        audit.append(by, "report.fhir-exported", "reports", "cases=%d".formatted(reports.size()));
        return FhirWriter.write(reports, format);
    }

    /** One AdverseEvent by its id, when the reader may see its case. */
    public Optional<AdverseEvent> read(String id, Authentication reader) {
        Matcher m = ADVERSE_EVENT_ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        UUID caseId = UUID.fromString(m.group(1));
        int index = Integer.parseInt(m.group(2)) - 1;
        return report(caseId, reader)
                .filter(report -> index < FhirWriter.adverseEventCount(report))
                .map(report -> adverseEvent(caseId, report, index));
    }

    /**
     * Search criteria of {@code GET /fhir/AdverseEvent}; null means "any". {@code count} and {@code
     * offset} count AdverseEvents, as FHIR's {@code _count} does, not cases.
     */
    public record Search(String identifier, LocalDate from, LocalDate to, Boolean serious, int count, int offset) {}

    /** A page of AdverseEvents, newest case first, and how many AdverseEvents match in all. */
    public record Found(List<AdverseEvent> events, long total) {}

    /**
     * One page of at most {@code count} AdverseEvents. Pages used to be counted in cases, each case
     * giving all its AdverseEvents, so one case of 100,000 reactions made a page of 100,000 resources and
     * held a core for minutes (issue 15, finding 4); now the database says how many AdverseEvents each
     * case gives (one per reaction, one when it has none) and only the page's are written, so a page
     * costs at most {@code count} AdverseEvents and the reports they come from.
     */
    public Found search(Search search, Authentication reader) {
        boolean seesAll = reader.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_REGULATOR")
                        || a.getAuthority().equals("ROLE_ADMIN"));
        String matching = """
                select c.id, c.received_at,
                       greatest(1, coalesce(jsonb_array_length(v.clinical -> 'reactions'), 0)) as events
                from report_case c
                join report_version v on v.case_id = c.id and v.version = c.current_version
                where (? or c.sender_principal = ?)
                  and (cast(? as text) is null or c.sender_report_id = ?)
                  and (cast(? as date) is null or c.received_at::date >= ?)
                  and (cast(? as date) is null or c.received_at::date <= ?)
                  and (cast(? as boolean) is null or c.serious = ?)""";
        Object[] params = {
            seesAll,
            SenderPrincipal.find(reader).map(SenderPrincipal::id).orElse(""),
            search.identifier(),
            search.identifier(),
            search.from(),
            search.from(),
            search.to(),
            search.to(),
            search.serious(),
            search.serious()
        };
        long total = jdbc.sql("select coalesce(sum(events), 0) from (" + matching + ") m")
                .params(params)
                .query(Long.class)
                .single();
        long from = search.offset();
        long to = from + search.count();
        List<PageCase> page = jdbc.sql("""
                        select id, events, before from (
                            select id, events,
                                   coalesce(sum(events) over (order by received_at desc, id
                                       rows between unbounded preceding and 1 preceding), 0) as before
                            from (%s) m) p
                        where before < ? and before + events > ?
                        order by before""".formatted(matching))
                .params(concat(params, to, from))
                .query((rs, row) -> new PageCase(rs.getObject(1, UUID.class), rs.getInt(2), rs.getLong(3)))
                .list();
        List<AdverseEvent> events = new ArrayList<>();
        for (PageCase found : page) {
            int first = (int) Math.max(0, from - found.before());
            int last = (int) Math.min(found.events(), to - found.before());
            report(found.id(), reader).ifPresent(report -> {
                for (int i = first; i < Math.min(last, FhirWriter.adverseEventCount(report)); i++) {
                    events.add(adverseEvent(found.id(), report, i));
                }
            });
        }
        return new Found(events, total);
    }

    /** A case of a search page: how many AdverseEvents it gives, and how many the cases before it give. */
    private record PageCase(UUID id, int events, long before) {}

    private static Object[] concat(Object[] params, Object... more) {
        Object[] all = java.util.Arrays.copyOf(params, params.length + more.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }

    /** What came of a create: the cases received, or the problems for which nothing was stored. */
    public record Created(List<Receipt> receipts, List<Problem> problems, List<Problem> notes) {}

    /**
     * Takes in every case of a FHIR body (an AdverseEvent, or a Bundle of them) as one transaction: when
     * any case cannot be read or is refused, none is stored (FHIR's transaction semantics).
     */
    @Transactional
    public Created receive(String body, FhirFormat format, SenderPrincipal sender) {
        Checked<List<FhirCase>> read = FhirReader.withDefaults().read(body, format);
        if (!read.isAccepted()) {
            return new Created(List.of(), read.problems(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        List<IndividualCaseSafetyReport> reports = new ArrayList<>();
        for (FhirCase fhirCase : read.value()) {
            notes.addAll(fhirCase.notes());
            if (fhirCase.report() instanceof Checked.Accepted<IndividualCaseSafetyReport> accepted) {
                reports.add(accepted.value());
            } else {
                fhirCase.report().problems().forEach(p -> problems.add(p.under("case " + fhirCase.identifier())));
            }
        }
        if (!problems.isEmpty()) {
            return new Created(List.of(), problems, notes);
        }
        List<Receipt> receipts = new ArrayList<>();
        try {
            for (IndividualCaseSafetyReport report : reports) {
                receipts.add(intake.receive(new Submission(sender, null, Channel.API, report)));
            }
        } catch (ReportIntake.FollowUpRefused refused) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Created(List.of(), refused.problems(), notes);
        }
        return new Created(receipts, List.of(), notes);
    }

    private Optional<IndividualCaseSafetyReport> report(UUID caseId, Authentication reader) {
        return reading.forReader(caseId, reader)
                .map(view -> ReportJson.read(view.get("report").toString()))
                .filter(Checked::isAccepted)
                .map(Checked::value);
    }

    private static AdverseEvent adverseEvent(UUID caseId, IndividualCaseSafetyReport report, int index) {
        AdverseEvent event = FhirWriter.toAdverseEvent(report, index);
        event.setId(caseId + "-" + (index + 1));
        return event;
    }
}
