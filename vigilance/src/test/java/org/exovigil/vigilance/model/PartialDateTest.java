package org.exovigil.vigilance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void aDateKeepsThePrecisionItWasSentWith() {
        assertThat(PartialDate.ofTs("2009").iso()).isEqualTo("2009");
        assertThat(PartialDate.ofTs("200903").iso()).isEqualTo("2009-03");
        assertThat(PartialDate.ofTs("20090101").iso()).isEqualTo("2009-01-01");
        assertThat(PartialDate.ofTs("20090101151617-0500").iso()).isEqualTo("2009-01-01T15:16:17-05:00");
        assertThat(PartialDate.ofTs("200901011516").iso()).isEqualTo("2009-01-01T15:16");
        assertThat(PartialDate.ofTs("2026111815").iso()).isEqualTo("2026-11-18T15");
        assertThat(PartialDate.ofTs("20261118151617.1+0100").iso()).isEqualTo("2026-11-18T15:16:17.1+01:00");
        assertThat(PartialDate.ofTs("20150101+0100").iso()).isEqualTo("2015-01-01+01:00");
        assertThat(PartialDate.ofTs("20150101+0100").date()).isEqualTo(LocalDate.of(2015, 1, 1));
    }

    @Test
    void isoAndHl7FormsAreTheSameDate() {
        for (String ts : new String[] {
            "2009",
            "200903",
            "20090101",
            "20090101151617-0500",
            "200901011516",
            "2026111815",
            "20261118151617.1+0100",
            "20150101+0100"
        }) {
            PartialDate date = PartialDate.ofTs(ts);
            assertThat(PartialDate.ofIso(date.iso())).isEqualTo(date);
        }
        assertThat(PartialDate.ofIso("2009-01-01T15:16:17Z").value()).isEqualTo("20090101151617+0000");
    }

    @Test
    void onlyAWholeDayIsACalendarDay() {
        assertThat(PartialDate.ofTs("2009").date()).isNull();
        assertThat(PartialDate.ofTs("200903").date()).isNull();
        assertThat(PartialDate.ofTs("20090302").date()).isEqualTo(LocalDate.of(2009, 3, 2));
        assertThat(PartialDate.of(LocalDate.of(2015, 1, 1)).value()).isEqualTo("20150101");
    }

    @Test
    void impossibleOrMalformedDatesAreNoDates() {
        for (String ts : new String[] {
            "",
            "09",
            "200913",
            "20090230",
            "20090101256000",
            "2009x",
            "20090101151617+2500",
            "２００９",
            "20090101151617.12345",
            "200901011"
        }) {
            assertThat(PartialDate.ofTs(ts)).as(ts).isNull();
        }
        assertThat(PartialDate.ofIso("2009-1-1")).isNull();
        assertThat(PartialDate.ofIso(null)).isNull();
        assertThatThrownBy(() -> new PartialDate("20091")).isInstanceOf(IllegalArgumentException.class);
    }
}
