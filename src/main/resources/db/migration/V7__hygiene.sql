-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

-- A checklist of a site, its items in order (a critical item's failure shows on the board).
CREATE TABLE hygiene_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_hygiene_template_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT uq_hygiene_template_name UNIQUE (site_id, name)
);

CREATE TABLE hygiene_item (
    template_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    label       VARCHAR(120) NOT NULL,
    critical    BOOLEAN      NOT NULL,
    PRIMARY KEY (template_id, position),
    CONSTRAINT fk_hygiene_item_template FOREIGN KEY (template_id) REFERENCES hygiene_template (id) ON DELETE CASCADE
);

-- A template done on a floor every day at a time of the site's zone.
CREATE TABLE hygiene_schedule (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id BIGINT       NOT NULL,
    floor_id    BIGINT       NOT NULL,
    time_of_day TIME         NOT NULL,
    CONSTRAINT fk_hygiene_schedule_template FOREIGN KEY (template_id) REFERENCES hygiene_template (id) ON DELETE CASCADE,
    CONSTRAINT fk_hygiene_schedule_floor FOREIGN KEY (floor_id) REFERENCES floor (id) ON DELETE CASCADE,
    CONSTRAINT uq_hygiene_schedule UNIQUE (template_id, floor_id, time_of_day)
);

-- One sitting of a schedule. closes_at (the next sitting, or the site's end of day) is fixed when
-- the round is created, so that "missed" can be counted in SQL for any past range.
CREATE TABLE hygiene_round (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT       NOT NULL,
    floor_id      BIGINT       NOT NULL,
    template_id   BIGINT       NOT NULL,
    template_name VARCHAR(80)  NOT NULL,
    scheduled_at  DATETIME(6)  NOT NULL,
    closes_at     DATETIME(6)  NOT NULL,
    completed_at  DATETIME(6),
    completed_by  VARCHAR(120),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_hygiene_round_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_hygiene_round_floor FOREIGN KEY (floor_id) REFERENCES floor (id),
    CONSTRAINT fk_hygiene_round_template FOREIGN KEY (template_id) REFERENCES hygiene_template (id) ON DELETE CASCADE,
    CONSTRAINT uq_hygiene_round UNIQUE (floor_id, template_id, scheduled_at)
);
CREATE INDEX ix_hygiene_round_site_time ON hygiene_round (site_id, scheduled_at);

-- The answers of a completed round, items copied so that a later template edit leaves history intact.
CREATE TABLE hygiene_check (
    round_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    label       VARCHAR(120) NOT NULL,
    critical    BOOLEAN      NOT NULL,
    passed      BOOLEAN      NOT NULL,
    note        VARCHAR(300),
    PRIMARY KEY (round_id, position),
    CONSTRAINT fk_hygiene_check_round FOREIGN KEY (round_id) REFERENCES hygiene_round (id) ON DELETE CASCADE
);

-- What a failed item calls for, until someone closes it with a note.
CREATE TABLE corrective_action (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT       NOT NULL,
    floor_id      BIGINT       NOT NULL,
    round_id      BIGINT       NOT NULL,
    item_label    VARCHAR(120) NOT NULL,
    critical      BOOLEAN      NOT NULL,
    failure_note  VARCHAR(300) NOT NULL,
    action_text   VARCHAR(300) NOT NULL,
    owner_name    VARCHAR(120) NOT NULL,
    deadline      DATE         NOT NULL,
    opened_at     DATETIME(6)  NOT NULL,
    opened_by     VARCHAR(120) NOT NULL,
    closed_at     DATETIME(6),
    closed_by     VARCHAR(120),
    closing_note  VARCHAR(300),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_corrective_action_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_corrective_action_floor FOREIGN KEY (floor_id) REFERENCES floor (id),
    CONSTRAINT fk_corrective_action_round FOREIGN KEY (round_id) REFERENCES hygiene_round (id) ON DELETE CASCADE
);
CREATE INDEX ix_corrective_action_site_open ON corrective_action (site_id, closed_at);
