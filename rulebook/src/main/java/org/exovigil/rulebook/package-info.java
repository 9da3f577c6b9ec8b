/**
 * The law of each covered jurisdiction as versioned, dated and cited data, and a small generic engine
 * that applies it. Each jurisdiction's rules live in {@code resources/rulebook/*.yaml}: classifications,
 * requirements, prohibited acts and claim rules (findings), and adverse-event reporting duties, every
 * rule with its effective dates, its citations and a marker saying whether it was read in the primary
 * text, is an inference, or is unsettled. {@link org.exovigil.rulebook.Rulebook#load()} reads and
 * validates the files (errors name the file and line); {@link org.exovigil.rulebook.Rulebook#classify}
 * turns an {@link org.exovigil.rulebook.Offering} into an {@link org.exovigil.rulebook.Assessment}
 * whose every step carries its legal source. Conditions use three-valued logic, so a missing fact can
 * make a conclusion uncertain but never makes an offering "permitted". No framework, no database.
 */
package org.exovigil.rulebook;
