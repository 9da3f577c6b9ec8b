-- A setup link is a secret (issue 20): the letter as sent, with the link, is kept apart in secret_body only until it
-- has left or been given up; body, which the outbox page shows, has the link replaced by a note from the message
-- files (mail.secret.removed), so an administrator reading the outbox later cannot use someone else's link.
alter table mail_outbox add column secret_body text check (length(secret_body) between 1 and 100000);
alter table mail_outbox add check (state = 'queued' or secret_body is null);

-- Invitations written before this migration hold their link in body: a queued one keeps it for sending, and every
-- one is shown with the note (the texts of mail.secret.removed in messages*.properties).
update mail_outbox
set secret_body = case when state = 'queued' then body end,
    body = regexp_replace(
            body,
            '\S*/setup/[A-Za-z0-9_-]+',
            case when language = 'ja'
                 then '［リンクは削除済み：受取人だけが使える秘密のため、送信箱には表示も保存もしません］'
                 else '[link removed: a secret only the recipient may use, so the outbox neither shows nor keeps it]'
            end,
            'g')
where kind = 'invitation' and body ~ '/setup/[A-Za-z0-9_-]+';
