/**
 * Signals over the case store: the disproportionality table (PRR, ROR, IC, EBGM) of the current,
 * non-nullified versions of every case, recomputed when reports change, with its plot and drill-down;
 * and cluster alerts (several serious cases from one lot or clinic within a window) raised to regulators.
 */
package org.exovigil.app.signals;
