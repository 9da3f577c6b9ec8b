/**
 * Provision plans and their review: a provider files a plan, a certified committee reviews it
 * (conflicts of interest, checklist, questions, decision with reasons and conditions), an accepted plan
 * gets a public number and appears on the public register. A plan changes version by version, each change
 * reviewed like the plan while the version in force stays in force; a provider withdraws a plan and a
 * committee or regulator suspends, reinstates or revokes it, and it stays on the register, marked. Annual
 * provision reports give the number of patients treated, so adverse-event rates have a denominator. The rules
 * of a plan's review are the pure {@code PlanReview} and {@code ReviewerPolicy}; {@code ProvisionPlans} keeps
 * and audits each step it allows, through {@code PlanStore}, which holds the SQL.
 */
package org.exovigil.app.plans;
