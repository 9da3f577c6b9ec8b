package org.exovigil.vigilance.model;

import java.math.BigDecimal;

/**
 * ICH E2B(R3) G.k.4.r.1a/b dose and unit, and G.k.4.r.8 dosage text. Exosome products have no agreed
 * dose unit (particles, micrograms of protein, millilitres of supernatant, "vials"), so the unit is
 * kept as reported and the text keeps what does not fit a number.
 */
public record Dose(BigDecimal value, String unit, String text) {}
