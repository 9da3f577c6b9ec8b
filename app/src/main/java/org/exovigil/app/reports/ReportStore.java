package org.exovigil.app.reports;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.CaseAt;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.clock.Deadline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reports in PostgreSQL, in plain SQL. Versions and their personal data are inserted, never updated. */
@Repository
class ReportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case this sender (by its principal id) already sent with this idempotency key. */
    Optional<Receipt> findByIdempotencyKey(SenderPrincipal sender, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return receipt("c.sender_principal = ? and c.idempotency_key = ?", sender.id(), idempotencyKey);
    }

    /** The fingerprint of the report that first came with this key, when it was recorded (since V22). */
    Optional<String> idempotencyFingerprint(SenderPrincipal sender, String idempotencyKey) {
        return jdbc.sql(
                        "select idempotency_fingerprint from report_case where sender_principal = ? and idempotency_key = ?")
                .params(sender.id(), idempotencyKey)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(fingerprint -> fingerprint);
    }

    /** The case this sender (by its principal id) already sent under this sender report id (E2B(R3) C.1.1). */
    Optional<Receipt> findBySenderReportId(SenderPrincipal sender, String senderReportId) {
        return receipt("c.sender_principal = ? and c.sender_report_id = ?", sender.id(), senderReportId);
    }

    /** The fingerprint of the report an anonymous form with this one-time key first filed. */
    Optional<String> formKeyFingerprint(Channel channel, String formKey) {
        return jdbc.sql("""
                        select idempotency_fingerprint from report_case
                        where channel = ? and idempotency_key = ? and sender_principal like 'form:%'""")
                .params(channel.code(), formKey)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(fingerprint -> fingerprint);
    }

    /** The anonymous case a form with this one-time key already filed through this channel. */
    Optional<Receipt> findByFormKey(Channel channel, String formKey) {
        if (formKey == null) {
            return Optional.empty();
        }
        return receipt(
                "c.channel = ? and c.idempotency_key = ? and c.sender_principal like 'form:%'",
                channel.code(), formKey);
    }

    private Optional<Receipt> receipt(String condition, Object... params) {
        return jdbc.sql("""
                        select c.id, c.reference, c.current_version, v.assessment::text
                        from report_case c join report_version v on v.case_id = c.id and v.version = c.current_version
                        where %s""".formatted(condition))
                .params(params)
                .query((rs, row) -> new Receipt(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), parse(rs.getString(4)), true))
                .optional();
    }

    /** Every version of a case as received (clinical content with its identifiers), oldest first, the case locked. */
    java.util.List<ObjectNode> versionsForUpdate(UUID caseId) {
        jdbc.sql("select 1 from report_case where id = ? for update")
                .param(caseId)
                .query(Integer.class)
                .single();
        return jdbc.sql("""
                        select v.clinical::text, coalesce(p.data::text, '{}')
                        from report_version v
                        left join report_personal_data p on p.case_id = v.case_id and p.version = v.version
                        where v.case_id = ? order by v.version""")
                .param(caseId)
                .query((rs, row) -> PersonalData.join(parse(rs.getString(1)), parse(rs.getString(2))))
                .list();
    }

    /** Makes version {@code version} the case's current one, with the assessment that goes with it. */
    void advance(
            UUID caseId,
            int version,
            boolean valid,
            boolean serious,
            boolean fatalOrLifeThreatening,
            LocalDate earliestDueOn,
            boolean nullified) {
        jdbc.sql("""
                        update report_case set current_version = ?, valid = ?, serious = ?, fatal_or_life_threatening = ?,
                            earliest_due_on = ?, nullified = ? where id = ?""")
                .params(version, valid, serious, fatalOrLifeThreatening, earliestDueOn, nullified, caseId)
                .update();
    }

    String nextReference() {
        long number = jdbc.sql("select nextval('report_reference_seq')")
                .query(Long.class)
                .single();
        return "EXO-%d-%07d".formatted(Year.now().getValue(), number);
    }

    /** Inserts the case row; false when a concurrent submission of the same report won the race. */
    boolean insertCase(NewCase newCase) {
        return jdbc.sql("""
                        insert into report_case (id, reference, sender, sender_principal, sender_report_id,
                            idempotency_key, idempotency_fingerprint, channel, current_version, valid, serious,
                            fatal_or_life_threatening, country, earliest_due_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                        .params(
                                newCase.id(),
                                newCase.reference(),
                                newCase.sender().name(),
                                newCase.sender().id(),
                                newCase.senderReportId(),
                                newCase.idempotencyKey(),
                                newCase.idempotencyKey() == null ? null : newCase.fingerprint(),
                                newCase.channel().code(),
                                newCase.valid(),
                                newCase.serious(),
                                newCase.fatalOrLifeThreatening(),
                                newCase.country(),
                                newCase.earliestDueOn())
                        .update()
                == 1;
    }

    void insertVersion(UUID caseId, int version, PersonalData content, ObjectNode assessment) {
        jdbc.sql(
                        "insert into report_version (case_id, version, clinical, assessment) values (?, ?, ?::jsonb, ?::jsonb)")
                .params(caseId, version, content.clinical().toString(), assessment.toString())
                .update();
        if (!content.identifiers().isEmpty()) {
            jdbc.sql("insert into report_personal_data (case_id, version, data) values (?, ?, ?::jsonb)")
                    .params(caseId, version, content.identifiers().toString())
                    .update();
        }
    }

    /** The version's deadlines, in one statement: a round trip per deadline would hold the intake's batch longer. */
    void insertDeadlines(UUID caseId, int version, List<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return;
        }
        var values = new ArrayList<Object>(deadlines.size() * 7);
        for (Deadline deadline : deadlines) {
            values.addAll(Arrays.asList(
                    caseId,
                    version,
                    deadline.regime(),
                    deadline.dutyId(),
                    deadline.dueOn(),
                    deadline.kind(),
                    deadline.basis().source()));
        }
        jdbc.sql("insert into report_deadline (case_id, version, regime, duty, due_on, kind, basis) values "
                        + String.join(", ", Collections.nCopies(deadlines.size(), "(?, ?, ?, ?, ?, ?, ?)")))
                .params(values)
                .update();
    }

    Optional<StoredReport> find(UUID id) {
        return jdbc.sql("""
                        select c.id, c.reference, c.sender_principal, c.channel, c.current_version, c.received_at, c.verification,
                               c.nullified, c.closed_at is not null, v.clinical::text, v.assessment::text
                        from report_case c join report_version v on v.case_id = c.id and v.version = c.current_version
                        where c.id = ?""")
                .param(id)
                .query((rs, row) -> new StoredReport(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getObject(6, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getBoolean(9),
                        parse(rs.getString(10)),
                        parse(rs.getString(11))))
                .optional();
    }

    Optional<ObjectNode> personalData(UUID id, int version) {
        return jdbc.sql("select data::text from report_personal_data where case_id = ? and version = ?")
                .params(id, version)
                .query((rs, row) -> parse(rs.getString(1)))
                .optional();
    }

    /**
     * The cases of one queue view that pass the filter, most urgent first; {@code limit} keeps the page
     * small. The view's condition is one of the enum's own constants, never text from a request.
     */
    java.util.List<QueueEntry> queue(QueueView view, QueueFilter filter, LocalDate today, int limit) {
        return queue(view, filter, java.util.Set.of(), today, limit);
    }

    /**
     * The same, where the filter's event group also takes the MedDRA PTs of its SMQ ({@code groupSmqTerms}, from
     * the user's release; empty without one), as the cluster rules and signals do.
     */
    java.util.List<QueueEntry> queue(
            QueueView view, QueueFilter filter, java.util.Set<Long> groupSmqTerms, LocalDate today, int limit) {
        return jdbc.sql("""
                        select c.id, c.reference, c.received_at, c.country, c.channel, c.valid, c.serious,
                               c.fatal_or_life_threatening, c.earliest_due_on, c.verification,
                               coalesce(v.clinical #>> '{reactions,0,term}', 'MedDRA ' || (v.clinical #>> '{reactions,0,coded,code}')), v.clinical #>> '{products,0,name}'
                        from report_case c join report_version v on v.case_id = c.id and v.version = c.current_version
                        where not c.nullified and (%s)
                          and (:text = '' or c.reference ilike :pattern
                               or exists (select 1 from jsonb_array_elements(v.clinical -> 'reactions') r
                                          where r ->> 'term' ilike :pattern)
                               or exists (select 1 from jsonb_array_elements(v.clinical -> 'products') p
                                          where p ->> 'name' ilike :pattern or p ->> 'lot' ilike :pattern
                                             or p ->> 'provider' ilike :pattern))
                          and (:country = '' or c.country = :country)
                          and (:verification = '' or c.verification = :verification)
                          and (:channel = '' or c.channel = :channel)
                          and (not :seriousOnly or c.serious)
                          and c.received_at >= :from and c.received_at < :to
                          and (:group = '' or exists (
                               select 1 from jsonb_array_elements(v.clinical -> 'reactions') with ordinality r(reaction, position)
                               left join reaction_code rc on rc.case_id = c.id and rc.reaction = r.position - 1
                               where rc.concept_id = any(:groupConcepts) or lower(rc.pt_name) = any(:groupTerms)
                                  or rc.pt_code = any(:groupSmqTerms)
                                  or (rc.case_id is null
                                      and lower(btrim(regexp_replace(r.reaction ->> 'term', '\\s+', ' ', 'g'))) = any(:groupNames))))
                        order by c.earliest_due_on nulls last, c.received_at desc
                        limit :limit""".formatted(view.condition()))
                .param("today", today)
                .param("soon", today.plusDays(QueueView.DUE_SOON_DAYS))
                .param("text", filter.text())
                .param("pattern", filter.pattern())
                .param("country", filter.country())
                .param("verification", filter.verification())
                .param("channel", filter.channel())
                .param("seriousOnly", filter.seriousOnly())
                .param("group", filter.eventGroup())
                .param("groupConcepts", filter.groupConcepts())
                .param("groupTerms", filter.groupPreferredTerms())
                .param("groupNames", filter.groupNames())
                .param("groupSmqTerms", groupSmqTerms.toArray(Long[]::new))
                .param(
                        "from",
                        filter.from().atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .param(
                        "to",
                        filter.to()
                                .plusDays(1)
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toOffsetDateTime())
                .param("limit", limit)
                .query((rs, row) -> new QueueEntry(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getBoolean(7),
                        rs.getBoolean(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12)))
                .list();
    }

    /**
     * The cases that name the provider, or that its people sent, newest first. Its people are the
     * accounts and tokens linked to it, matched by principal id, and the reader.
     */
    java.util.List<ProviderCase> providerCases(long providerId, SenderPrincipal reader, int limit) {
        return jdbc.sql("""
                        select c.reference, c.received_at, coalesce(v.clinical #>> '{reactions,0,term}', 'MedDRA ' || (v.clinical #>> '{reactions,0,coded,code}')),
                               v.clinical #>> '{products,0,name}', v.clinical #>> '{products,0,lot}', c.serious,
                               c.fatal_or_life_threatening, c.verification, c.sender_principal in (:members),
                               c.earliest_due_on
                        from report_case c join report_version v on v.case_id = c.id and v.version = c.current_version
                        where not c.nullified
                          and (c.sender_principal in (:members)
                               or exists (select 1 from report_product r where r.case_id = c.id and r.provider_id = :provider))
                        order by c.received_at desc limit :limit""")
                .param("members", memberPrincipals(providerId, reader))
                .param("provider", providerId)
                .param("limit", limit)
                .query((rs, row) -> new ProviderCase(
                        rs.getString(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getBoolean(7),
                        rs.getString(8),
                        rs.getBoolean(9),
                        rs.getBoolean(9) ? rs.getObject(10, LocalDate.class) : null))
                .list();
    }

    /** The principal ids of the provider's linked accounts and tokens, and the reader's own. */
    private java.util.Set<String> memberPrincipals(long providerId, SenderPrincipal reader) {
        var ids = new java.util.HashSet<>(
                jdbc.sql("""
                        select 'account:' || a.id from provider_member m join account a on a.name = m.principal
                        where m.provider_id = :provider
                        union
                        select 'token:' || t.id from provider_member m join api_token t on t.name = m.principal
                        where m.provider_id = :provider""").param("provider", providerId).query(String.class).list());
        ids.add(reader.id());
        return ids;
    }

    /** A case's current version as the case model, with Exovigil's reference for it. */
    record CurrentCase(UUID id, String reference, org.exovigil.vigilance.model.IndividualCaseSafetyReport report) {}

    /** The current version of every case as the case model, oldest case first, for export. */
    java.util.List<CurrentCase> currentCases() {
        return jdbc.sql("""
                        select c.id, c.reference, v.clinical::text, coalesce(p.data::text, '{}')
                        from report_case c
                        join report_version v on v.case_id = c.id and v.version = c.current_version
                        left join report_personal_data p on p.case_id = v.case_id and p.version = v.version
                        order by c.received_at, c.id""")
                .query((rs, row) -> new CurrentCase(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        org.exovigil.vigilance.json.ReportJson.read(
                                        PersonalData.join(parse(rs.getString(3)), parse(rs.getString(4)))
                                                .toString())
                                .value()))
                .list();
    }

    /** The current version of every case not nullified, by case id: what duplicate detection compares. */
    java.util.List<CaseAt> currentLiveVersions() {
        return jdbc.sql("select id, current_version from report_case where not nullified order by id")
                .query((rs, row) -> new CaseAt(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
    }

    /** These case versions as received (identifiers put back); the reader asks only for those it has not seen. */
    java.util.List<LiveReport> liveReports(java.util.Collection<CaseAt> versions) {
        var reports = new java.util.ArrayList<LiveReport>();
        jdbc.sql("""
                        select v.case_id, v.version, v.clinical::text, coalesce(p.data::text, '{}')
                        from unnest(?::uuid[], ?::int[]) w(case_id, version)
                        join report_version v on v.case_id = w.case_id and v.version = w.version
                        left join report_personal_data p on p.case_id = v.case_id and p.version = v.version""")
                .param(versions.stream().map(CaseAt::id).toArray(UUID[]::new))
                .param(versions.stream().map(CaseAt::version).toArray(Integer[]::new))
                .query(rs -> {
                    reports.add(new LiveReport(
                            new CaseAt(rs.getObject(1, UUID.class), rs.getInt(2)),
                            PersonalData.join(parse(rs.getString(3)), parse(rs.getString(4)))));
                });
        return reports;
    }

    /** Every version of a case, oldest first: the timeline a reviewer reads. */
    java.util.List<CaseVersion> versions(UUID caseId) {
        return jdbc.sql("""
                        select version, recorded_at, clinical ->> 'mostRecentInfoOn', clinical -> 'nullification' is not null,
                               (assessment ->> 'valid')::boolean,
                               array(select jsonb_array_elements_text(assessment -> 'seriousness'))
                        from report_version where case_id = ? order by version""")
                .param(caseId)
                .query((rs, row) -> new CaseVersion(
                        rs.getInt(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(3) == null ? null : LocalDate.parse(rs.getString(3)),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        java.util.List.of((String[]) rs.getArray(6).getArray())))
                .list();
    }

    private static ObjectNode parse(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    /** The first version of a case, as inserted. */
    record NewCase(
            UUID id,
            String reference,
            SenderPrincipal sender,
            String senderReportId,
            String idempotencyKey,
            String fingerprint,
            Channel channel,
            boolean valid,
            boolean serious,
            boolean fatalOrLifeThreatening,
            String country,
            LocalDate earliestDueOn) {}
}
