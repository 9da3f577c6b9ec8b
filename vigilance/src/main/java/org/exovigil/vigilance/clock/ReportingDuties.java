package org.exovigil.vigilance.clock;

import java.util.List;

/**
 * Where the legal duties to report come from: the application plugs the rulebook in through this interface, so the
 * law is kept once, as the rulebook's data, and a change in law is never a change in this module.
 */
public interface ReportingDuties {

    /**
     * The legal duties in force on {@code query.on()} that cover the case's country, product types and
     * setting, whatever their seriousness condition; empty when no law obliges any report.
     */
    List<ReportingDuty> dutiesFor(DutyQuery query);
}
