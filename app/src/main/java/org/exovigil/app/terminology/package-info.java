/**
 * Event terminology in the application (issue 21): the MedDRA releases a user loads (several versions side by side,
 * read by the vigilance core's {@code MeddraReleaseReader} and kept in PostgreSQL) with the record of the LLT changes a
 * newer release brings; and the code of every reaction. A reaction is coded after its report is committed, from its
 * verbatim, in MedDRA when a release is loaded and in the open vocabulary otherwise; a regulator confirms or changes
 * the code on the case page; a newer release recodes the reactions whose LLT moved or became non-current and lists
 * each for review. The case page, the E2B export and the reporter's pages read the codes from here; this package reads
 * the case store's tables but depends on no other capability.
 */
package org.exovigil.app.terminology;
