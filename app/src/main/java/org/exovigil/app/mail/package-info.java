/**
 * E-mail: letters written in the reader's language from the message files, kept in a transactional outbox in
 * PostgreSQL and delivered by a scheduled sender over the SMTP server the user configures (Spring Boot's
 * {@code spring.mail.*}), with retries and a growing pause; with no server configured they wait in the outbox, which
 * administrators read at {@code /admin/outbox}.
 *
 * <p>The API for another capability: build a {@link org.exovigil.app.mail.Letter} (the recipient's
 * {@link org.exovigil.app.mail.MailAddress}, their language, the letter's kind whose subject and body are
 * {@code mail.<kind>.subject} and {@code mail.<kind>.body} in {@code messages.properties} and
 * {@code messages_ja.properties}, what caused it as the audit log names it, and the arguments) and call
 * {@link org.exovigil.app.mail.Outbox#enqueue(Letter)} inside the transaction of what caused it:
 *
 * <pre>{@code
 * MailAddress.parse(form.email()).ifPresent(to -> outbox.enqueue(
 *         Letter.of(to, locale, "evidence-request", "event:" + eventId, clinicName, dueOn, link)));
 * }</pre>
 *
 * An argument only the recipient may read, such as a setup link, is given as {@code new Letter.Secret(link)}: the
 * letter leaves with it, while the outbox page shows a note in its place and the outbox forgets it once the letter
 * has left or been given up.
 *
 * <p>This package depends on no other capability but the audit log, so every capability may use it.
 */
package org.exovigil.app.mail;
