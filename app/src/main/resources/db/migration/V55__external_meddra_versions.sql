-- Issue 21: signals say which MedDRA version they used. VAERS states the version of each symptom
-- (SYMPTOMVERSION1-5); FAERS does not. An import keeps the distinct versions its reactions state; data sets
-- imported before keep an empty list, shown as "not stated".
alter table external_data_set add column meddra_versions text[] not null default '{}';
