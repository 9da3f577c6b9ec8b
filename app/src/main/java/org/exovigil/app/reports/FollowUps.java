package org.exovigil.app.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for more information on a case, each due by a date. Unanswered requests past their date are
 * reminded once a day: the reminder is an audit event and the case shows in the queue's follow-up view. A question
 * to a reporter who left an e-mail address is also e-mailed to them, and so is its first reminder (once: a member of
 * the public is not written to every day).
 */
@Service
public class FollowUps {

    static final int MAX_QUESTION = 4000;
    static final int MAX_ANSWER = 20_000;
    /** Whom a question is put to; the reporter's questions are answered by what the reporter adds. */
    static final List<String> PARTIES = List.of("reporter", "clinic", "treating_hospital", "manufacturer", "other");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ReporterLetters letters;

    FollowUps(JdbcClient jdbc, AuditLog audit, Clock clock, ReporterLetters letters) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.letters = letters;
    }

    @Transactional
    public Outcome<Void> request(UUID caseId, String askedOf, String question, LocalDate dueOn, String by) {
        LocalDate today = LocalDate.now(clock);
        if (!PARTIES.contains(askedOf)) {
            return Outcome.refused(ReportRefusal.FOLLOW_UP_PARTY, String.join(", ", PARTIES));
        }
        if (question == null || question.isBlank() || question.length() > MAX_QUESTION) {
            return Outcome.refused(ReportRefusal.FOLLOW_UP_QUESTION, MAX_QUESTION);
        }
        if (dueOn == null || dueOn.isBefore(today)) {
            return Outcome.refused(ReportRefusal.FOLLOW_UP_DUE);
        }
        long id = jdbc.sql("""
                        insert into report_follow_up (case_id, asked_of, question, due_on, requested_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(caseId, askedOf, question.strip(), dueOn, by)
                .query(Long.class)
                .single();
        boolean mailed = askedOf.equals("reporter") && letters.question(caseId, question.strip(), dueOn);
        audit.append(
                by,
                "report.follow-up.requested",
                "report-id:" + caseId,
                "request=%d due=%s%s".formatted(id, dueOn, mailed ? " e-mailed" : ""));
        return Outcome.done();
    }

    @Transactional
    public Outcome<Void> answer(UUID caseId, long requestId, String answer, String by) {
        if (answer == null || answer.isBlank() || answer.length() > MAX_ANSWER) {
            return Outcome.refused(ReportRefusal.FOLLOW_UP_ANSWER, MAX_ANSWER);
        }
        int updated = jdbc.sql("""
                        update report_follow_up set answered_at = now(), answer = ?
                        where id = ? and case_id = ? and answered_at is null""").params(answer.strip(), requestId, caseId).update();
        if (updated == 0) {
            return Outcome.refused(ReportRefusal.FOLLOW_UP_ANSWERED);
        }
        audit.append(by, "report.follow-up.answered", "report-id:" + caseId, "request=" + requestId);
        return Outcome.done();
    }

    /** Answers every open request put to the reporter: the reporter has just added information. */
    void answeredByReporter(UUID caseId, String answer) {
        jdbc.sql("""
                        update report_follow_up set answered_at = now(), answer = ?
                        where case_id = ? and answered_at is null and asked_of = 'reporter'""").params(answer, caseId).update();
    }

    public List<FollowUpRequest> forCase(UUID caseId) {
        return jdbc.sql("""
                        select id, asked_of, question, due_on, requested_by, requested_at, reminded_at, answered_at, answer
                        from report_follow_up where case_id = ? order by requested_at, id""")
                .param(caseId)
                .query((rs, row) -> new FollowUpRequest(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        instant(rs.getObject(6, OffsetDateTime.class)),
                        instant(rs.getObject(7, OffsetDateTime.class)),
                        instant(rs.getObject(8, OffsetDateTime.class)),
                        rs.getString(9)))
                .list();
    }

    /**
     * Reminds every unanswered request past its due date that was not reminded today, and returns how
     * many. Safe to run from several places at once: each request is claimed by its own update.
     */
    @Transactional
    public int remindOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<Reminder> reminded = jdbc.sql("""
                        with due as (
                            select id, reminded_at is null as first from report_follow_up
                            where answered_at is null and due_on < ?
                              and (reminded_at is null or reminded_at < ?::date)
                            for update skip locked)
                        update report_follow_up f set reminded_at = now() from due where f.id = due.id
                        returning f.id, f.case_id, f.asked_of, f.due_on, f.question, due.first""")
                .params(today, today)
                .query((rs, row) -> new Reminder(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getBoolean(6)))
                .list();
        for (Reminder reminder : reminded) {
            boolean mailed = reminder.first()
                    && reminder.askedOf().equals("reporter")
                    && letters.reminder(reminder.caseId(), reminder.question(), reminder.dueOn());
            audit.append(
                    "exovigil",
                    "report.follow-up.overdue",
                    "report-id:" + reminder.caseId(),
                    "request=%d asked_of=%s due=%s%s"
                            .formatted(reminder.id(), reminder.askedOf(), reminder.dueOn(), mailed ? " e-mailed" : ""));
        }
        return reminded.size();
    }

    private record Reminder(long id, UUID caseId, String askedOf, LocalDate dueOn, String question, boolean first) {}

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
