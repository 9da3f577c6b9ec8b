package org.exovigil.vigilance.model;

/** The expectedness of one reaction for one suspected product, by their positions in the report. */
public record ExpectednessFinding(int productIndex, int reactionIndex, Expectedness expectedness, String reason) {}
