package org.exovigil.vigilance.terminology;

/**
 * One path of a preferred term up the MedDRA hierarchy: its high level term, high level group term and
 * system organ class, with their English names. {@link MeddraRelease#primaryPath(long)} gives the primary
 * one, the path {@code mdhier.asc} flags with primary_soc_fg Y.
 */
public record Hierarchy(
        long ptCode, long hltCode, String hltName, long hlgtCode, String hlgtName, long socCode, String socName) {}
