package org.exovigil.vigilance.external;

/** The public data sets a case can come from. */
public enum DataSet {
    /** FDA Adverse Event Reporting System, quarterly data extract (QDE) in ASCII. */
    FAERS,
    /** CDC/FDA Vaccine Adverse Event Reporting System, yearly CSV files. */
    VAERS
}
