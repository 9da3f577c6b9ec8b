-- term_change (V52) was first meant as a second review list beside reaction_recode (V54). One upgrade now has one
-- review, per reaction, on /regulator/coding: an LLT no case was coded to needs no one's attention, and a case whose
-- LLT changed is listed in reaction_recode. term_change stays as the record of what the upgrade changed (the import's
-- output), so its review columns, never written by the application, go.
drop index term_change_waiting;
alter table term_change
    drop column status,
    drop column reviewed_by,
    drop column reviewed_at;
comment on table term_change is
    'What loading a newer MedDRA release changed for the LLTs of the one before (MeddraUpgrade); reviewed per reaction in reaction_recode';
