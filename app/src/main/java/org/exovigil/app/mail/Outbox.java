package org.exovigil.app.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.exovigil.app.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters Exovigil writes, kept in PostgreSQL until they are sent (the transactional outbox): a letter is
 * written in the same transaction as what caused it, so an invitation that was committed has its letter, and
 * one that was rolled back has none. {@link OutboxSender} delivers them.
 */
@Service
public class Outbox {

    static final String COLUMNS = """
            id, kind, about, recipient, language, subject, body, state, attempts, created_at, next_attempt_at,
            last_attempt_at, last_error, sent_at""";

    private final JdbcClient jdbc;
    private final LetterText text;
    private final AuditLog audit;

    Outbox(JdbcClient jdbc, LetterText text, AuditLog audit) {
        this.jdbc = jdbc;
        this.text = text;
        this.audit = audit;
    }

    /**
     * Writes the letter in its language and queues it; returns its number in the outbox. Must be called inside the
     * transaction of what caused the letter, and throws when there is none: a letter written on its own could
     * outlive a cause that was rolled back, or be lost after a cause that was committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Letter letter) {
        LetterText.Written written = text.write(letter);
        long id = jdbc.sql("""
                        insert into mail_outbox (kind, about, recipient, language, subject, body, secret_body)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        letter.kind(),
                        letter.about(),
                        letter.to().value(),
                        letter.language().getLanguage(),
                        written.subject(),
                        written.shown(),
                        written.hasSecret() ? written.sent() : null)
                .query(Long.class)
                .single();
        audit.append("mail.queued", letter.about(), "letter=%d kind=%s".formatted(id, letter.kind()));
        return id;
    }

    /** The most recent letters, the newest first. */
    public List<OutboxLetter> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox order by created_at desc, id desc limit ?")
                .param(limit)
                .query(Outbox::letter)
                .list();
    }

    public Optional<OutboxLetter> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where id = ?")
                .param(id)
                .query(Outbox::letter)
                .optional();
    }

    /** How many letters are in each state. */
    public Map<String, Integer> counts() {
        var counts = new TreeMap<String, Integer>(Map.of("queued", 0, "sent", 0, "failed", 0));
        jdbc.sql("select state, count(*) from mail_outbox group by state")
                .query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }

    /**
     * Queues a letter again for its next attempt now, with a fresh count of attempts: an administrator has fixed
     * the server's settings, or the recipient's mailbox is back. Returns whether there was such a letter. A letter
     * whose secret was forgotten (it was sent or given up) goes again with the note in its place: a new setup link
     * is made on the administration page.
     */
    @Transactional
    public boolean resend(long id, String by) {
        int updated = jdbc.sql("""
                        update mail_outbox set state = 'queued', attempts = 0, next_attempt_at = now(), sent_at = null
                        where id = ?""").param(id).update();
        if (updated > 0) {
            audit.append(by, "mail.resent", "letter:" + id, "");
        }
        return updated > 0;
    }

    static OutboxLetter letter(ResultSet rs, int row) throws SQLException {
        return new OutboxLetter(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("about"),
                rs.getString("recipient"),
                rs.getString("language"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("state"),
                rs.getInt("attempts"),
                instant(rs, "created_at"),
                instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"),
                rs.getString("last_error"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
