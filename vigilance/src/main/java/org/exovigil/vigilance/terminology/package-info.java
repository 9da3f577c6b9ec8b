/**
 * Event terminology: MedDRA releases the user holds (read, never shipped), Exovigil's open bilingual event vocabulary
 * for users without MedDRA, groups of events for the risks of these products, and suggestion of a code from a
 * verbatim reaction text in English or Japanese.
 */
package org.exovigil.vigilance.terminology;
