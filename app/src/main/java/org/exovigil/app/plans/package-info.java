/**
 * Provision plans and their review: a provider files a plan, a certified committee reviews it
 * (conflicts of interest, checklist, questions, decision with reasons and conditions), an accepted plan
 * gets a public number and appears on the public register, and annual provision reports give the
 * number of patients treated, so adverse-event rates have a denominator.
 */
package org.exovigil.app.plans;
