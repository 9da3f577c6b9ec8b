/**
 * The register of providers: clinics with their staff and members, the records that reports create for clinics and
 * products they name ({@code ReportedEntities}) and a regulator's review of those records (confirm or merge), the
 * public "check a clinic" search, and the demonstration data loaded on a first start. Products, lots and their
 * quality live in {@code products}; provision plans in {@code plans}.
 */
package org.exovigil.app.registry;
