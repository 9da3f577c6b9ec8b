package org.exovigil.app.watch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The watch dashboard as one page: the totals, the sites by country, by each coded list and by claim,
 * prices by currency, and the sites themselves.
 *
 * @param lists the sites by each coded list, in the order of {@link WatchDashboard.Field}
 */
record DashboardPage(
        WatchDashboard.Totals totals,
        List<WatchDashboard.Count> countries,
        List<WatchDashboard.Count> claims,
        Map<WatchDashboard.Field, List<WatchDashboard.Count>> lists,
        List<WatchDashboard.Prices> prices,
        List<WatchDashboard.Site> sites) {

    static DashboardPage of(WatchDashboard dashboard) {
        var lists = new LinkedHashMap<WatchDashboard.Field, List<WatchDashboard.Count>>();
        for (WatchDashboard.Field field : WatchDashboard.Field.values()) {
            lists.put(field, dashboard.byList(field));
        }
        return new DashboardPage(
                dashboard.totals(),
                dashboard.byCountry(),
                dashboard.byClaim(),
                lists,
                dashboard.prices(),
                dashboard.sites());
    }
}
