/**
 * The {@code ./exovigil} command line (shared/spec/cli.md), in picocli. Commands that only compute
 * run as plain Java; the others start the application through {@code ExovigilApplication}. Every
 * failure is one line on standard error with the exit status of the contract.
 */
package org.exovigil.app.cli;
