package org.exovigil.vigilance.terminology;

/**
 * One row of {@code mdhier.asc}: a path from a preferred term through an HLT and HLGT to a SOC. MedDRA is
 * multi-axial, so a PT may have several paths; exactly one of them is primary.
 */
public record MeddraPath(long ptCode, long hltCode, long hlgtCode, long socCode, boolean primary) {}
