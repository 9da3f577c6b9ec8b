package org.exovigil.vigilance.terminology;

/**
 * A MedDRA lowest level term: the code a report carries in E.i.2.1b, its name (and its Japanese name from
 * MedDRA/J, null without it), the preferred term it is linked to, and whether MSSO still recommends it for
 * coding (llt_currency Y) or keeps it only so that old data stays readable (N).
 */
public record LowLevelTerm(long code, String name, String nameJa, long ptCode, boolean current) {}
