/**
 * Reporting clocks: which duties to report a case apply (the legal ones supplied by the rulebook through {@link
 * org.exovigil.vigilance.clock.ReportingDuties}), whether the case meets each duty's condition, and the due date
 * counted in calendar days from day 0. Where no law obliges a report, Exovigil's voluntary clock applies (kept as
 * data in {@code vigilance/voluntary-duties.yaml}) and every deadline says so.
 */
package org.exovigil.vigilance.clock;
