-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

-- When a site's working day ends: whoever is still checked in then is checked out by the system.
ALTER TABLE site ADD COLUMN day_end TIME NOT NULL DEFAULT '23:00:00';

-- The live count of a floor. The sanitary cap is enforced on this row by conditional updates
-- (present + reserved < cap), so parallel check-ins and approvals serialise on its row lock.
CREATE TABLE floor_occupancy (
    floor_id  BIGINT PRIMARY KEY,
    site_id   BIGINT NOT NULL,
    present   INT    NOT NULL DEFAULT 0,
    reserved  INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_floor_occupancy_floor FOREIGN KEY (floor_id) REFERENCES floor (id) ON DELETE CASCADE,
    CONSTRAINT ck_floor_occupancy_counts CHECK (present >= 0 AND reserved >= 0)
);
INSERT INTO floor_occupancy (floor_id, site_id, present, reserved) SELECT id, site_id, 0, 0 FROM floor;

-- One row per stay of a person on a floor. open_person_id repeats person_id while the stay is
-- open and is NULL once it ends, so the unique key allows one open stay per person.
CREATE TABLE presence (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id        BIGINT       NOT NULL,
    person_id      BIGINT       NOT NULL,
    floor_id       BIGINT       NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    start_kind     VARCHAR(20)  NOT NULL,
    started_by     VARCHAR(120) NOT NULL,
    ended_at       DATETIME(6),
    end_kind       VARCHAR(20),
    ended_by       VARCHAR(120),
    open_person_id BIGINT,
    CONSTRAINT uk_presence_open_person UNIQUE (open_person_id),
    CONSTRAINT fk_presence_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_presence_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_presence_floor FOREIGN KEY (floor_id) REFERENCES floor (id)
);
CREATE INDEX ix_presence_floor_open ON presence (floor_id, ended_at);
CREATE INDEX ix_presence_person_time ON presence (person_id, started_at);
CREATE INDEX ix_presence_site_time ON presence (site_id, started_at);

-- Screens and badge readers: they sign in with a secret token, of which only a hash is kept.
CREATE TABLE device (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    floor_id    BIGINT,
    name        VARCHAR(80)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(120) NOT NULL,
    revoked_at  DATETIME(6),
    last_seen_at DATETIME(6),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_device_token UNIQUE (token_hash),
    CONSTRAINT uk_device_site_name UNIQUE (site_id, name),
    CONSTRAINT fk_device_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_device_floor FOREIGN KEY (floor_id) REFERENCES floor (id) ON DELETE SET NULL
);

-- The movement journal: every request, decision, check-in, check-out, arrival, return, expiry,
-- cap refusal and floor closure, with names copied so the record stays true after renames.
CREATE TABLE movement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT       NOT NULL,
    at              DATETIME(6)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    person_id       BIGINT,
    person_name     VARCHAR(120),
    from_floor_id   BIGINT,
    from_floor_name VARCHAR(60),
    to_floor_id     BIGINT,
    to_floor_name   VARCHAR(60),
    actor_name      VARCHAR(120) NOT NULL,
    transfer_id     BIGINT,
    detail          VARCHAR(300),
    CONSTRAINT fk_movement_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_movement_site_time ON movement (site_id, at);
CREATE INDEX ix_movement_person_time ON movement (person_id, at);

CREATE TABLE transfer_request (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT       NOT NULL,
    person_id        BIGINT       NOT NULL,
    from_floor_id    BIGINT       NOT NULL,
    to_floor_id      BIGINT       NOT NULL,
    reason           VARCHAR(20)  NOT NULL,
    reason_text      VARCHAR(300),
    state            VARCHAR(20)  NOT NULL,
    requested_at     DATETIME(6)  NOT NULL,
    requested_by     VARCHAR(120) NOT NULL,
    move_at          DATETIME(6)  NOT NULL,
    return_at        DATETIME(6),
    decided_at       DATETIME(6),
    decided_by       VARCHAR(120),
    auto_approved    BOOLEAN      NOT NULL DEFAULT FALSE,
    deny_reason      VARCHAR(300),
    expires_at       DATETIME(6),
    arrived_at       DATETIME(6),
    closed_at        DATETIME(6),
    open_person_id   BIGINT,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_transfer_open_person UNIQUE (open_person_id),
    CONSTRAINT fk_transfer_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_transfer_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_transfer_from FOREIGN KEY (from_floor_id) REFERENCES floor (id),
    CONSTRAINT fk_transfer_to FOREIGN KEY (to_floor_id) REFERENCES floor (id)
);
CREATE INDEX ix_transfer_site_state ON transfer_request (site_id, state, requested_at);
CREATE INDEX ix_transfer_person ON transfer_request (person_id, requested_at);
CREATE INDEX ix_transfer_state_expiry ON transfer_request (state, expires_at);

-- Reasons a floor approves on its own when it has room (e.g. IT support, first aid).
CREATE TABLE floor_auto_approval (
    floor_id BIGINT      NOT NULL,
    reason   VARCHAR(20) NOT NULL,
    PRIMARY KEY (floor_id, reason),
    CONSTRAINT fk_floor_auto_approval_floor FOREIGN KEY (floor_id) REFERENCES floor (id) ON DELETE CASCADE
);
