/**
 * Signal management for regulators, after EMA's GVP Module IX (Rev 1): a signal raised from a cluster
 * alert, a disproportionality pair, a lot's failed release or a single case moves through validation,
 * prioritisation, assessment and recommendation by the rules of the vigilance core ({@code
 * org.exovigil.vigilance.signal}), to actions with an owner and a due date: a lot hold (which products'
 * {@link org.exovigil.app.products.LotRestrictions} shows everywhere the lot appears), a recall, a plan
 * suspension, a request to a clinic, a public notice. Every step and action is on the audit chain; the list
 * of open signals is sorted by a vigiRank-style priority score.
 */
package org.exovigil.app.signalmanagement;
