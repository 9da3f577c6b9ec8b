package org.exovigil.vigilance.model;

/**
 * ICH E2B(R3) D.1.1.1-4, the numbers under which the patient's records are kept (20 characters each). They
 * identify the patient to whoever holds the records, so they travel with the report's personal data.
 *
 * @param gp            D.1.1.1 GP medical record number
 * @param specialist    D.1.1.2 specialist record number
 * @param hospital      D.1.1.3 hospital record number
 * @param investigation D.1.1.4 investigation number
 */
public record MedicalRecordNumbers(String gp, String specialist, String hospital, String investigation) {

    /** Null when none is known. */
    public static MedicalRecordNumbers of(String gp, String specialist, String hospital, String investigation) {
        MedicalRecordNumbers numbers = new MedicalRecordNumbers(
                ElementRules.trimmedOrNull(gp),
                ElementRules.trimmedOrNull(specialist),
                ElementRules.trimmedOrNull(hospital),
                ElementRules.trimmedOrNull(investigation));
        return numbers.equals(new MedicalRecordNumbers(null, null, null, null)) ? null : numbers;
    }
}
