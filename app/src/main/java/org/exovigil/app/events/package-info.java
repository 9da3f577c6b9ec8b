/**
 * Events that are not yet reports (issue 20). A regulator records a rumour, a media story, a society notice, a
 * complaint or a literature article as received, with what it claims; Exovigil proposes the clinics, products and
 * cases it may concern, from the register, the marketing watch and the case store; evidence requests cite the power
 * the rulebook records for asking, or say that none exists; answers and documents are kept with their SHA-256 and
 * never altered; the decision follows the vigilance core's {@code EventInquiry} (evidence named, attempts recorded,
 * four eyes on a death), and a closed event gets a public page at {@code /check/events}. E-mail is not sent from
 * here: {@link org.exovigil.app.events.EvidenceLetters} is the one place where a request or a reminder falls due.
 */
package org.exovigil.app.events;
