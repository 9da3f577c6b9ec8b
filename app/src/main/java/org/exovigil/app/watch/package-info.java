/**
 * The watch in the application: clinic marketing pages stored with their extracted facts and the
 * rulebook's judgement of the offering they describe, the regulator's and researcher's dashboard over
 * them, and what the public "Check a clinic" page says of each clinic.
 */
package org.exovigil.app.watch;
