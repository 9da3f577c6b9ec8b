/**
 * Adverse-event reports in the application: intake over the JSON API and the forms (durable before
 * acknowledged, idempotent, invalid-but-reportable cases kept), storage of every version with personal
 * identifiers kept apart, and reading them back by role. The case model, validity, seriousness and
 * clocks come from the {@code vigilance} core. Reporters who left an e-mail address get their receipt, questions
 * and first reminders by e-mail, and regulators the deadlines ahead, through the {@code mail} outbox.
 */
package org.exovigil.app.reports;
