/**
 * The case series behind a product-event pair of the signals page (issue 19): time to onset per route with
 * its distribution, median and interquartile range and the Weibull shape of Cornelius et al. (computed by the
 * signals core), the age, sex, seriousness, outcome and country of the cases, dechallenge and rechallenge
 * counts, and the series as a line listing, for regulators and researchers.
 */
package org.exovigil.app.caseseries;
