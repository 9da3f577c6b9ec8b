/**
 * The append-only, hash-chained audit log: every change and every read of personal data is one
 * event, written in the same transaction as what it records; {@code ./exovigil audit verify}
 * recomputes the chain and names the first event that breaks it.
 */
package org.exovigil.app.audit;
