package org.exovigil.vigilance.model;

/**
 * The expectedness of one reaction for one suspected product, by their positions in the report.
 *
 * @param reference the title of the reference safety information consulted, null when none covers the product
 */
public record ExpectednessFinding(int productIndex, int reactionIndex, Expectedness expectedness, String reference) {}
