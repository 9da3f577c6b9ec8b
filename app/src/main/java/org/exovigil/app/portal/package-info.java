/**
 * The web portal's shell: the home page for the four audiences, the staff areas, the language
 * (English and Japanese, every string in the message files), and the OpenAPI description.
 */
package org.exovigil.app.portal;
