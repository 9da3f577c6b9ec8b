package org.exovigil.app.plans;

/** The page on which a provider files a change to a plan: the plan in force, the rules for a change, and the choices. */
record ChangePage(ProvisionPlan plan, PlanRules rules, PlanChoices choices) {}
