/**
 * Events that are not yet reports: a rumour, a media story, a society notice, a complaint, a literature article.
 * An {@link org.exovigil.vigilance.events.EventInquiry} follows one to its end, linked to the cases it gave rise to
 * or matched, or closed with a reason, through a decision that rests on evidence by the rules of
 * {@link org.exovigil.vigilance.verification.DecisionPolicy} (issue 20).
 */
package org.exovigil.vigilance.events;
