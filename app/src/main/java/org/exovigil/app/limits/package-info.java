/**
 * Bounds on what one request may cost before any capability reads it: the size of a body, per
 * endpoint and configurable, and the characters a form or query parameter may hold (OWASP ASVS 4.0.3
 * L2 5.1.4, 12.1.1, 13.1.5).
 */
package org.exovigil.app.limits;
