package org.exovigil.app.reports;

/**
 * The regulator's views of the queue. Open means not closed; a death or life-threatening case stays
 * in {@link #DEATHS} until someone decides it (confirmed, refuted or unverifiable).
 */
public enum QueueView {
    OPEN("closed_at is null"),
    OVERDUE("closed_at is null and earliest_due_on < :today"),
    DUE("closed_at is null and earliest_due_on between :today and :soon"),
    DEATHS("fatal_or_life_threatening and verification in ('unverified', 'source_contacted')"),
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
