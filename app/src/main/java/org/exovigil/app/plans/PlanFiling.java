package org.exovigil.app.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a provider files: the product, its use, the consent form, and the plan's risk class. The fields are those of
 * the form, by name, so the page binds and validates each one.
 */
public record PlanFiling(
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String jurisdiction,
        @NotBlank @Size(max = 250) String productName,
        @NotBlank @Size(max = 50) String productType,
        @Size(max = 50) String source,
        @Pattern(regexp = "|autologous|allogeneic") String donor,
        @NotBlank @Size(max = 50) String indication,
        @NotBlank @Size(max = 50) String route,
        @NotBlank @Size(max = 500) String dose,
        @NotBlank @Pattern(regexp = "[123]") String riskClass,
        @NotBlank @Size(max = 20_000) String consent) {

    PlanContent content() {
        return new PlanContent(productName, productType, source, donor, indication, route, dose, consent);
    }

    static PlanFiling empty(String jurisdiction) {
        return new PlanFiling(jurisdiction, null, "", "", "", "", "", null, "3", null);
    }
}
