-- Why a closed event ended, in words for the public (issue 20): written by the deciders when they close it, shown on
-- /check/events/{id}. Null only for events closed before this column existed.
alter table event add column public_statement text;
