/**
 * The register of providers (and, as it grows, products, lots and provision plans), the public
 * "check a clinic" search over it, and the demonstration data loaded on a first start.
 */
package org.exovigil.app.registry;
