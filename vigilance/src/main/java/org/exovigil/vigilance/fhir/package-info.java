/**
 * FHIR R4 (v4.0.1) to and from the case model, for the application's {@code /fhir} endpoints and the
 * {@code import fhir} and {@code export fhir} commands: {@link org.exovigil.vigilance.fhir.FhirWriter}
 * writes a report as a {@code collection} Bundle, or one self-contained AdverseEvent per reaction (R4
 * gives an AdverseEvent a single event, so a case of several reactions is several AdverseEvents sharing
 * the sender's report id as identifier, one patient and the same products, each with the causality of its
 * own reaction); {@link
 * org.exovigil.vigilance.fhir.FhirReader} reads a Bundle of any type or a single AdverseEvent with
 * contained resources back into reports, one {@link org.exovigil.vigilance.fhir.FhirCase} per case; and
 * {@link org.exovigil.vigilance.fhir.FhirValidation} validates resources against the base R4 profiles with
 * HAPI FHIR's instance validator, made once and shared. The mapping, element by element, and what R4
 * cannot carry is on {@code FhirWriter}; every URI, OID and code is in {@code FhirCodes}, every extension
 * in {@code FhirExtensions}.
 * R4's {@code suspectEntity} cannot name a BiologicallyDerivedProduct, so every product's administration
 * is a Procedure that names the product. Input is untrusted: size-limited, DOCTYPE and entities refused,
 * every complaint of HAPI's parser collected, and every problem a {@link org.exovigil.vigilance.Problem}
 * with a stable code and the FHIRPath of the element at fault; nothing is thrown at the caller. What
 * the writer writes, the reader reads back equal, for every element the case model holds.
 */
package org.exovigil.vigilance.fhir;
