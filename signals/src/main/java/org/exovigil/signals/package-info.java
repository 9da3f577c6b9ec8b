/**
 * Signal detection for pharmacovigilance: from {@code report_id,product,event[,stratum]} rows, in a CSV file
 * or held in memory, it counts reports at report level (a pair counts once per report), builds the 2x2
 * contingency table of every observed product-event pair, and computes the disproportionality statistics
 * regulators use — the proportional reporting ratio with its confidence interval and Pearson's chi-square
 * (Evans 2001, EMA/MHRA), the reporting odds ratio, the information component with exact gamma credibility
 * bounds (Bate 1998, Norén 2006, WHO-UMC) and DuMouchel's gamma-Poisson shrinker with a two-gamma mixture
 * prior fitted by maximum marginal likelihood, its EBGM and exact EB05/EB95 (DuMouchel 1999, FDA MGPS). The
 * public API is {@link org.exovigil.signals.SignalDetection}, whose {@link org.exovigil.signals.SignalRun}
 * carries one {@link org.exovigil.signals.PairStatistics} per pair, and
 * {@link org.exovigil.signals.SignalTableWriter}, which writes them as CSV; everything else is package-private.
 * Plain Java: no framework, no database; counting streams the file on all cores with memory proportional to
 * distinct names and pairs.
 */
package org.exovigil.signals;
