/**
 * Causality of a reaction to a product: the WHO-UMC categories with their criteria as data, the
 * Naranjo adverse drug reaction probability scale as a calculator, and the assessment record that
 * ICH E2B(R3) G.k.9.i.2.r carries (source, method, result).
 */
package org.exovigil.vigilance.causality;
