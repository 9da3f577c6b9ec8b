/**
 * Event terminology in the application: the MedDRA releases a user loads (several versions side by side,
 * read by the vigilance core's {@code MeddraReleaseReader} and kept in PostgreSQL), and the list of LLT
 * changes a newer release brings, each waiting for a person's review before coded reactions are recoded.
 */
package org.exovigil.app.terminology;
