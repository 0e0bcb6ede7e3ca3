-- 0013: a referral is dated the day (in the UK) children's social care received the contact, not
-- the day a manager decided (domain.md, "Referral date"). Referrals dated otherwise are corrected,
-- each correction kept in the record history. Running it again changes nothing.
--@ sqlite
-- The UK day: British Summer Time runs from 01:00 UTC on the last Sunday of March (the first
-- Sunday from the 25th) to 01:00 UTC on the last Sunday of October.
CREATE TEMP VIEW referral_days AS
SELECT id, referral_date,
       CASE WHEN received_at >= date(substr(received_at, 1, 4) || '-03-25', 'weekday 0') || 'T01:00:00.000Z'
             AND received_at < date(substr(received_at, 1, 4) || '-10-25', 'weekday 0') || 'T01:00:00.000Z'
            THEN date(received_at, '+1 hour') ELSE date(received_at) END AS received_day
FROM contacts WHERE referral_date IS NOT NULL;
INSERT INTO record_history (record, field, from_value, to_value, changed_by, changed_at)
SELECT 'contact:' || id, 'referral date', referral_date, received_day, 'frontdoor upgrade',
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM referral_days WHERE referral_date <> received_day;
UPDATE contacts SET referral_date = (SELECT received_day FROM referral_days d WHERE d.id = contacts.id)
WHERE id IN (SELECT id FROM referral_days WHERE referral_date <> received_day);
DROP VIEW referral_days;
--@ postgresql
CREATE TEMP VIEW referral_days AS
SELECT id, referral_date, (received_at AT TIME ZONE 'Europe/London')::date AS received_day
FROM contacts WHERE referral_date IS NOT NULL;
INSERT INTO record_history (record, field, from_value, to_value, changed_by, changed_at)
SELECT 'contact:' || id, 'referral date', to_char(referral_date, 'YYYY-MM-DD'),
       to_char(received_day, 'YYYY-MM-DD'), 'frontdoor upgrade', now()
FROM referral_days WHERE referral_date <> received_day;
UPDATE contacts c SET referral_date = d.received_day
FROM referral_days d WHERE d.id = c.id AND d.referral_date <> d.received_day;
DROP VIEW referral_days;
--@ both
