package org.exovigil.vigilance.model;

/** Whether one minimum criterion is met, and why, in words a reviewer can check against the report. */
public record CriterionCheck(MinimumCriterion criterion, boolean met, String reason) {}
