-- Administrations: a patient may be given a product several times (a course of drips), so a rate per
-- patient and a rate per administration answer different questions. A yearly provision report may say how
-- many administrations its patients received, and a lot how many of its doses were given; both are
-- optional, as the ASRM's yearly report asks only for patients treated, and rates per administration are
-- given only where the count is known.
alter table plan_annual_report
    add column administrations int check (administrations >= patients_treated);

alter table lot
    add column administrations int check (administrations >= 0),
    add column administrations_by text,
    add column administrations_at timestamptz;
