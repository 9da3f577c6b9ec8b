/**
 * The versions of a case: each version is an immutable report; a follow-up adds version n+1, a
 * nullification adds a last version flagged under ICH E2B(R3) C.1.11, and nothing is ever overwritten.
 */
package org.exovigil.vigilance.history;
