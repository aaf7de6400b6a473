-- A corrective action's owner is one of the site's people, chosen when the action is opened or later,
-- so that the owner finds their open actions on their start page. owner_name keeps the name shown
-- (and the free-text owners of actions opened before this change); it stays if the person is deleted.
ALTER TABLE corrective_action ADD COLUMN owner_person_id BIGINT;
ALTER TABLE corrective_action ADD CONSTRAINT fk_corrective_action_owner
    FOREIGN KEY (owner_person_id) REFERENCES person (id) ON DELETE SET NULL;
ALTER TABLE corrective_action MODIFY owner_name VARCHAR(120) NULL;
CREATE INDEX ix_corrective_action_owner_open ON corrective_action (owner_person_id, closed_at);
