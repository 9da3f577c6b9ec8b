/**
 * The JSON body of {@code POST /api/v1/reports} ({@code spec/report.md}) to and from the case model,
 * with Jackson 3's tree model so that every bad field is reported with its JSON path, not only the
 * first. The field names are documented on {@link org.exovigil.vigilance.json.ReportJson}.
 */
package org.exovigil.vigilance.json;
