/**
 * Public adverse-event data sets read into one compact case shape for signal detection: {@link
 * org.exovigil.vigilance.external.FaersReader} reads a FAERS quarterly ASCII extract ({@code $}-separated
 * DEMO, DRUG, REAC, OUTC and the DELETE list; latest case version wins), {@link
 * org.exovigil.vigilance.external.VaersReader} a VAERS year (RFC 4180 CSV: DATA, SYMPTOMS, VAX joined by
 * VAERS_ID). Both stream their files, tell a {@link org.exovigil.vigilance.external.Progress} how far they
 * are, and give {@link org.exovigil.vigilance.external.ExternalCase}s, which the application stores and
 * turns into {@code report_id,product,event} rows with {@link
 * org.exovigil.vigilance.external.ExternalCase#signalRows()}. A file that cannot be read is one {@link
 * org.exovigil.vigilance.external.ExternalDataException} with a stable code and {@code FILE:line}.
 */
package org.exovigil.vigilance.external;
