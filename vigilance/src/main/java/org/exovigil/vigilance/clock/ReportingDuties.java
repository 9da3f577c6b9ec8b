package org.exovigil.vigilance.clock;

import java.util.List;

/**
 * Where the legal duties to report come from. {@link DutyBook#bundled()} reads the module's own cited
 * YAML; the application plugs the rulebook in through this interface once the rulebook publishes
 * jurisdiction duties, so a change in law is a change in data, never in this module.
 */
public interface ReportingDuties {

    /**
     * The legal duties in force on {@code query.on()} that cover the case's country, product types and
     * setting, whatever their seriousness condition; empty when no law obliges any report.
     */
    List<ReportingDuty> dutiesFor(DutyQuery query);
}
