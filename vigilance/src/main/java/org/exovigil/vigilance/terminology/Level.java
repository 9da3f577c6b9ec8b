package org.exovigil.vigilance.terminology;

/**
 * The levels of the MedDRA hierarchy above the lowest level term, narrowest first: preferred term, high
 * level term, high level group term, system organ class (MedDRA Introductory Guide, section 2).
 */
public enum Level {
    PT,
    HLT,
    HLGT,
    SOC
}
