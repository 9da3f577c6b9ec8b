package org.exovigil.signals;

import java.util.Arrays;

/** The rows of one report, as ids of one {@link PairTally}, kept aside when a segment boundary may split it. */
record ReportGroup(byte[] reportId, long hash, int[] products, int[] events, int[] strata, int rows) {

    boolean sameReport(ReportGroup other) {
        return hash == other.hash && Arrays.equals(reportId, other.reportId);
    }

    ReportGroup translate(PairTally.IdMapping mapping) {
        int[] p = new int[rows];
        int[] e = new int[rows];
        int[] s = new int[rows];
        for (int r = 0; r < rows; r++) {
            p[r] = mapping.products()[products[r]];
            e[r] = mapping.events()[events[r]];
            s[r] = mapping.strata().length == 0 ? 0 : mapping.strata()[strata[r]];
        }
        return new ReportGroup(reportId, hash, p, e, s, rows);
    }

    ReportGroup append(ReportGroup more) {
        int total = rows + more.rows;
        int[] p = Arrays.copyOf(products, total);
        int[] e = Arrays.copyOf(events, total);
        int[] s = Arrays.copyOf(strata, total);
        System.arraycopy(more.products, 0, p, rows, more.rows);
        System.arraycopy(more.events, 0, e, rows, more.rows);
        System.arraycopy(more.strata, 0, s, rows, more.rows);
        return new ReportGroup(reportId, hash, p, e, s, total);
    }
}
