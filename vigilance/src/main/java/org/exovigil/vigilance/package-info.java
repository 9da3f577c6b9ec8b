/**
 * The plain-Java core of Exovigil's adverse-event reporting: individual case safety reports (ICSRs)
 * modelled on the sections C to H of ICH E2B(R3) ({@code model}), their validity against the four
 * minimum criteria and day 0, seriousness after ICH E2A and expectedness against reference safety
 * information ({@code model}), causality by WHO-UMC and Naranjo ({@code causality}), the legal and
 * voluntary reporting clocks computed from duties kept as data ({@code clock}), immutable versions,
 * follow-ups and nullification ({@code history}), the verification of what was reported
 * ({@code verification}), the JSON body of {@code POST /api/v1/reports} ({@code json}), ICH E2B(R3) XML
 * in and out with its acknowledgements, and the FAERS E2B(R2) XML ({@code e2b}), FHIR R4 AdverseEvents in
 * and out with validation against the base R4 profiles ({@code fhir}), and the public FAERS and
 * VAERS data sets read into compact cases for signal detection ({@code external}). Every
 * rejected input is a list of {@link org.exovigil.vigilance.Problem}s, each with a stable
 * {@link org.exovigil.vigilance.ProblemCode} and the path of the field at fault. No framework, no
 * database: the application persists, audits and serves what this library computes.
 */
package org.exovigil.vigilance;
