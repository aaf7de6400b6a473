-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

-- Phone conference bridges of a site: a dial-in number and how many lines it carries at once.
-- A booking locks its bridge's row, so parallel bookings on one bridge are checked one after another.
CREATE TABLE bridge (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT       NOT NULL,
    name          VARCHAR(60)  NOT NULL,
    dial_in       VARCHAR(30)  NOT NULL,
    line_capacity INT          NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_bridge_site_name UNIQUE (site_id, name),
    CONSTRAINT fk_bridge_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_bridge_capacity CHECK (line_capacity > 0)
);

-- Rooms where a physical meeting may be held by exception, each with its own sanitary cap.
CREATE TABLE meeting_room (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT       NOT NULL,
    name         VARCHAR(60)  NOT NULL,
    sanitary_cap INT          NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_room_site_name UNIQUE (site_id, name),
    CONSTRAINT fk_meeting_room_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_meeting_room_cap CHECK (sanitary_cap > 0)
);

-- A meeting or a recurring series of meetings. Start and rule are kept in the site's local time
-- (first_start_local, recurrence) so that 08:45 stays 08:45 across daylight-saving changes.
CREATE TABLE meeting (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id           BIGINT        NOT NULL,
    uid               VARCHAR(80)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    agenda            VARCHAR(4000),
    organiser_id      BIGINT        NOT NULL,
    meeting_mode      VARCHAR(20)   NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    first_start_local DATETIME(6)   NOT NULL,
    duration_minutes  INT           NOT NULL,
    recurrence        VARCHAR(300),
    video_room        VARCHAR(80),
    external_url      VARCHAR(500),
    bridge_id         BIGINT,
    pin               VARCHAR(12),
    room_id           BIGINT,
    justification     VARCHAR(1000),
    decided_at        DATETIME(6),
    decided_by        VARCHAR(120),
    deny_reason       VARCHAR(300),
    sequence_number   INT           NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(120)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_uid UNIQUE (uid),
    CONSTRAINT fk_meeting_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_meeting_organiser FOREIGN KEY (organiser_id) REFERENCES person (id),
    CONSTRAINT fk_meeting_bridge FOREIGN KEY (bridge_id) REFERENCES bridge (id),
    CONSTRAINT fk_meeting_room FOREIGN KEY (room_id) REFERENCES meeting_room (id),
    CONSTRAINT ck_meeting_duration CHECK (duration_minutes > 0)
);
CREATE INDEX ix_meeting_site_state ON meeting (site_id, state);

-- Who is invited: people named one by one, and members of the teams named (team_id says which).
CREATE TABLE meeting_attendee (
    meeting_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    team_id    BIGINT,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_meeting_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_attendee_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_meeting_attendee_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE SET NULL
);
CREATE INDEX ix_meeting_attendee_person ON meeting_attendee (person_id);

-- One row per occurrence, expanded from the series' rule when it is saved. Bridge, PIN and the
-- number of lines are copied here so that overlap checks on a bridge read one table.
CREATE TABLE meeting_occurrence (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id     BIGINT       NOT NULL,
    site_id        BIGINT       NOT NULL,
    original_start DATETIME(6)  NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    ends_at        DATETIME(6)  NOT NULL,
    cancelled      BOOLEAN      NOT NULL DEFAULT FALSE,
    modified       BOOLEAN      NOT NULL DEFAULT FALSE,
    sequence_number INT         NOT NULL DEFAULT 0,
    bridge_id      BIGINT,
    pin            VARCHAR(12),
    line_count     INT          NOT NULL DEFAULT 0,
    room_id        BIGINT,
    reminded_at    DATETIME(6),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_occurrence_original UNIQUE (meeting_id, original_start),
    CONSTRAINT fk_meeting_occurrence_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_occurrence_bridge FOREIGN KEY (bridge_id) REFERENCES bridge (id),
    CONSTRAINT fk_meeting_occurrence_room FOREIGN KEY (room_id) REFERENCES meeting_room (id),
    CONSTRAINT ck_meeting_occurrence_times CHECK (ends_at > starts_at)
);
CREATE INDEX ix_meeting_occurrence_site_time ON meeting_occurrence (site_id, starts_at);
CREATE INDEX ix_meeting_occurrence_bridge_time ON meeting_occurrence (bridge_id, starts_at);
CREATE INDEX ix_meeting_occurrence_room_time ON meeting_occurrence (room_id, starts_at);
CREATE INDEX ix_meeting_occurrence_reminder ON meeting_occurrence (starts_at, reminded_at);

-- Personal calendar feeds: a secret token per person, of which only a hash is kept.
CREATE TABLE calendar_feed (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    revoked_at DATETIME(6),
    last_read_at DATETIME(6),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_calendar_feed_person ON calendar_feed (person_id);
