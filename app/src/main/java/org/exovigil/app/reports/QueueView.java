package org.exovigil.app.reports;

/**
 * The regulator's views of the queue. Open means not closed; a death or life-threatening case stays
 * in {@link #DEATHS} until someone decides it (confirmed, refuted or unverifiable); a case waits in
 * {@link #FOLLOW_UP} while a question about it is unanswered past its date, and in {@link #NEW_INFORMATION}
 * while what its reporter added is newer than the last verification step.
 */
public enum QueueView {
    OPEN("closed_at is null"),
    OVERDUE("closed_at is null and earliest_due_on < :today"),
    DUE("closed_at is null and earliest_due_on between :today and :soon"),
    DEATHS("fatal_or_life_threatening and verification in ('unverified', 'source_contacted')"),
    FOLLOW_UP("""
            exists (select 1 from report_follow_up f
                    where f.case_id = c.id and f.answered_at is null and f.due_on < :today)"""),
    NEW_INFORMATION("""
            exists (select 1 from report_addition a where a.case_id = c.id
                    and a.received_at > coalesce((select max(s.decided_at) from report_verification_step s
                                                  where s.case_id = c.id), c.received_at))"""),
    ALL("true");

    static final int DUE_SOON_DAYS = 3;

    private final String condition;

    QueueView(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static QueueView of(String code) {
        for (QueueView view : values()) {
            if (view.code().equals(code)) {
                return view;
            }
        }
        return OPEN;
    }
}
