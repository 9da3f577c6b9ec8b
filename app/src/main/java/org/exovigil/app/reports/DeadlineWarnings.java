package org.exovigil.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.mail.Letter;
import org.exovigil.app.mail.Outbox;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns regulators by e-mail of the reporting duties that fall due within the next few days
 * ({@code exovigil.mail.deadline-warning-days}, 3 unless set): every morning, and at start-up so a day of downtime is
 * caught up, one letter a day to each active regulator with an address, listing the duties of open cases' current
 * versions (the deadlines intake computed from the rulebook). A day is warned of once, however often this runs.
 */
@Component
class DeadlineWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWarnings.class);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final int days;

    DeadlineWarnings(
            JdbcClient jdbc,
            Accounts accounts,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            @Value("${exovigil.mail.deadline-warning-days:3}") int days) {
        if (days < 0) {
            throw new IllegalStateException("exovigil.mail.deadline-warning-days is a number of days, 0 or more");
        }
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.days = days;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${exovigil.mail.deadline-warnings:0 0 7 * * *}")
    @Transactional
    void warnToday() {
        int letters = warn(LocalDate.now(clock));
        if (letters > 0) {
            LOG.info("{} regulators warned by e-mail of the reporting deadlines of the next {} days", letters, days);
        }
    }

    /** Warns of the duties due from {@code today} to {@code today + days}, once for that day; returns the letters. */
    @Transactional
    int warn(LocalDate today) {
        int first = jdbc.sql("insert into deadline_warning_day (day, letters) values (?, 0) on conflict do nothing")
                .param(today)
                .update();
        if (first == 0) {
            return 0;
        }
        List<DefaultMessageSourceResolvable> due = jdbc.sql("""
                        select c.reference, d.duty, d.regime, d.due_on from report_deadline d
                        join report_case c on c.id = d.case_id and c.current_version = d.version
                        where not c.nullified and c.closed_at is null and d.due_on between ? and ?
                        order by d.due_on, c.reference, d.duty""")
                .params(today, today.plusDays(days))
                .query((rs, row) ->
                        new DefaultMessageSourceResolvable(new String[] {"mail.deadlines.item"}, new Object[] {
                            rs.getString(1),
                            new DefaultMessageSourceResolvable(
                                    new String[] {"case.duty." + rs.getString(2)}, null, rs.getString(3)),
                            rs.getObject(4, LocalDate.class).toString()
                        }))
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        var regulators = accounts.addressees(Role.REGULATOR);
        for (var regulator : regulators) {
            outbox.enqueue(Letter.of(
                            regulator.address(),
                            regulator.language(),
                            "deadlines",
                            "deadlines:" + today,
                            days,
                            due.size())
                    .listing(due));
        }
        jdbc.sql("update deadline_warning_day set letters = ? where day = ?")
                .params(regulators.size(), today)
                .update();
        audit.append(
                "exovigil",
                "report.deadlines.warned",
                "deadlines:" + today,
                "duties=%d regulators=%d days=%d".formatted(due.size(), regulators.size(), days));
        return regulators.size();
    }
}
