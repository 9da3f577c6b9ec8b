/**
 * Whether what a report says happened is true: a status that moves from {@code unverified} through
 * {@code source_contacted} to a decision ({@code confirmed}, {@code refuted}, {@code unverifiable}),
 * the evidence behind it, and the rule that a fatal or life-threatening case is never closed without a
 * decision, so that no death report stays a rumour.
 */
package org.exovigil.vigilance.verification;
