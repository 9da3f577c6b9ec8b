package org.exovigil.app.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change a provider files to a plan in the register: the plan's changeable content as it should
 * become, and why.
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
        return new PlanChange(
                plan.productName(),
                plan.productType(),
                plan.source() == null ? "" : plan.source(),
                plan.donor() == null ? "" : plan.donor(),
                plan.indication(),
                plan.route(),
                plan.dose(),
                plan.consent(),
                null);
    }

    /** The fields of {@code changes} in provision-plans.yaml whose content differs from the plan's. */
    java.util.List<String> changedFrom(ProvisionPlan plan) {
        var changed = new java.util.ArrayList<String>();
        if (!same(productName, plan.productName())
                || !same(productType, plan.productType())
                || !same(source, plan.source())
                || !same(donor, plan.donor())) {
            changed.add("product");
        }
        if (!same(indication, plan.indication())) {
            changed.add("indication");
        }
        if (!same(route, plan.route())) {
            changed.add("route");
        }
        if (!same(dose, plan.dose())) {
            changed.add("dose");
        }
        if (!same(consent, plan.consent())) {
            changed.add("consent");
        }
        return java.util.List.copyOf(changed);
    }

    private static boolean same(String proposed, String inForce) {
        return (proposed == null ? "" : proposed.strip()).equals(inForce == null ? "" : inForce.strip());
    }
}
