-- An alert whose cases turn out to be copies of fewer patients' reports than its rule needs is withdrawn once
-- duplicate detection has counted each patient once (issue 19: two identical reports never raise an alert).
-- A withdrawn alert opens again if its cluster grows, as a dismissed one does.
alter table cluster_alert drop constraint cluster_alert_status_check;
alter table cluster_alert add constraint cluster_alert_status_check
    check (status in ('open', 'confirmed', 'dismissed', 'withdrawn'));
