package org.exovigil.app.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change a provider files to a plan in the register: the plan's changeable content as it should
 * become, and why. The fields are those of the form, by name, so the page binds and validates each one.
 */
public record PlanChange(
        @NotBlank @Size(max = 250) String productName,
        @NotBlank @Size(max = 50) String productType,
        @Size(max = 50) String source,
        @Pattern(regexp = "|autologous|allogeneic") String donor,
        @NotBlank @Size(max = 50) String indication,
        @NotBlank @Size(max = 50) String route,
        @NotBlank @Size(max = 500) String dose,
        @NotBlank @Size(max = 20_000) String consent,
        @NotBlank @Size(max = 4_000) String reasons) {

    /** The form as the version in force has it, with the reasons still to write. */
    static PlanChange of(ProvisionPlan plan) {
        PlanContent inForce = plan.content();
        return new PlanChange(
                inForce.productName(),
                inForce.productType(),
                inForce.source() == null ? "" : inForce.source(),
                inForce.donor() == null ? "" : inForce.donor(),
                inForce.indication(),
                inForce.route(),
                inForce.dose(),
                inForce.consent(),
                null);
    }

    /** The plan's content as the change would have it. */
    PlanContent content() {
        return new PlanContent(productName, productType, source, donor, indication, route, dose, consent);
    }
}
