/**
 * Time to onset of a case series: for each product, event and route, the days from administration to the
 * onset of the event, their distribution in day bands, the median with its interquartile range, and a
 * Weibull fit whose shape parameter says whether onsets cluster soon after administration (Cornelius,
 * Sauzet, Evans, Drug Safety 2012;35:599-610). The caller passes plain dates or day counts, as
 * {@link org.exovigil.signals.SignalInput} takes plain names: this core reads no report format. The public
 * API is {@link org.exovigil.signals.onset.CaseSeriesOnsets} and {@link org.exovigil.signals.onset.OnsetSeries},
 * whose summary is a {@link org.exovigil.signals.onset.TimeToOnset}.
 */
package org.exovigil.signals.onset;
