/**
 * The one writer of CSV cells for every CSV Exovigil produces, downloaded or written to a file: RFC
 * 4180 quoting, and neutralisation of cells a spreadsheet would run as a formula (OWASP CSV Injection;
 * ASVS 4.0.3 L2 5.3.1, output encoding for the interpreter that reads it). No dependencies, so every
 * core may use it.
 */
package org.exovigil.csv;
