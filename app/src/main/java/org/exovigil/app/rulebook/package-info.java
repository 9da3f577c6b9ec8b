/**
 * The law made readable and usable: the rulebook (the plain-Java {@code rulebook} module, loaded and
 * validated once at start-up) behind the public classification API ({@code POST /api/v1/classify},
 * the same JSON as {@code ./exovigil classify}), the "Check a treatment" page where a patient or a clinic
 * describes an offering in plain words and reads what the law says of it, and the "Law" pages that show
 * each jurisdiction's rules with their dates, status and sources, so that what changed when is visible.
 * The law itself lives in the rulebook's data files, never here: this package only asks and shows.
 */
package org.exovigil.app.rulebook;
