/**
 * ICH E2B(R3) XML to and from the case model: {@link org.exovigil.vigilance.e2b.E2bReader} reads an ICSR
 * batch ({@code MCCI_IN200100UV01} of {@code PORR_IN049016UV} messages) into reports, {@link
 * org.exovigil.vigilance.e2b.E2bWriter} writes reports as such a batch, {@link
 * org.exovigil.vigilance.e2b.Acknowledgement} answers a received batch with the ACK message ({@code
 * MCCI_IN200101UV01}, AA/AE/AR and CA/CR per message), and {@link org.exovigil.vigilance.e2b.IchicsrReader}
 * reads the E2B(R2) {@code ichicsr} files of the FAERS quarterly XML; {@link
 * org.exovigil.vigilance.e2b.ExportProfile} shapes and checks a report for its receiver (ICH, FDA, EMA, PMDA) by
 * the rules of {@code profile-rules.csv}; {@link
 * org.exovigil.vigilance.e2b.IcsrVersion} tells the two apart. Each section is read and written by a class of
 * its own (patient, drugs, dosages, primary sources, sender, context, comments). Every OID and code is in one class,
 * {@code E2bCodes}, each with its IG element. Input is untrusted: parsing refuses DTDs and entities and
 * limits size and depth, and every problem is a {@link org.exovigil.vigilance.Problem} with a stable code
 * and the E2B element number as its path; nothing is thrown at the caller.
 */
package org.exovigil.vigilance.e2b;
