/**
 * Products and lots: the characterisation dossier of each product scored against ISEV's minimal
 * information (MISEV), lots with their release tests judged against the product's specification and the
 * USP <85> endotoxin limit for the labelled route and dose, doses in several units, and adverse-event
 * rates per patients treated with exact Poisson intervals.
 */
package org.exovigil.app.products;
