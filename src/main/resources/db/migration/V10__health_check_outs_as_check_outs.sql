-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

-- A check-out forced by a health rule now reads, outside health, exactly like the person's own
-- check-out (issue 10): the movement journal is read by managers, auditors and administrators and
-- kept for ever, so the lines written before must say no more. Who decided it and why stays in the
-- health records, which retention deletes. Safe to run again: it touches only the old values.
UPDATE movement
   SET kind = 'CHECK_OUT',
       actor_name = COALESCE(person_name, actor_name),
       detail = NULL
 WHERE kind = 'HEALTH_CHECK_OUT';

UPDATE presence
   SET end_kind = 'MANUAL',
       ended_by = (SELECT p.full_name FROM person p WHERE p.id = presence.person_id)
 WHERE end_kind = 'HEALTH';
