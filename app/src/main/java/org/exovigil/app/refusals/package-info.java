/**
 * The one way to refuse a request. A capability's service returns an {@link org.exovigil.app.refusals.Outcome}:
 * done, or refused with a {@link org.exovigil.app.refusals.Refusal} whose code comes from that capability's enum of
 * {@link org.exovigil.app.refusals.RefusalCode}s. Every code has one meaning and a text in English and Japanese
 * ({@code refusal.EXO-nnnn} in {@code messages.properties} and {@code messages_ja.properties}); pages show a refusal
 * through the fragment {@code fragments/refusal}. A bug is an exception and stays a 500: it is never dressed as a
 * refusal.
 */
package org.exovigil.app.refusals;
