-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

CREATE TABLE site (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    city        VARCHAR(100) NOT NULL,
    time_zone   VARCHAR(60)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_site_name UNIQUE (name)
);

CREATE TABLE floor (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT       NOT NULL,
    name          VARCHAR(60)  NOT NULL,
    level_number  INT          NOT NULL,
    positions     INT          NOT NULL,
    sanitary_cap  INT          NOT NULL,
    open_now      BOOLEAN      NOT NULL DEFAULT TRUE,
    closed_reason VARCHAR(200),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_floor_site_name UNIQUE (site_id, name),
    CONSTRAINT fk_floor_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_floor_cap CHECK (sanitary_cap >= 0 AND sanitary_cap <= positions),
    CONSTRAINT ck_floor_positions CHECK (positions >= 0)
);

CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT       NOT NULL,
    employee_number VARCHAR(30)  NOT NULL,
    full_name       VARCHAR(120) NOT NULL,
    email           VARCHAR(160),
    phone           VARCHAR(30),
    team_id         BIGINT,
    home_floor_id   BIGINT,
    work_mode       VARCHAR(20)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_site_number UNIQUE (site_id, employee_number),
    CONSTRAINT fk_person_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_person_home_floor FOREIGN KEY (home_floor_id) REFERENCES floor (id)
);
CREATE INDEX ix_person_site_name ON person (site_id, full_name);

CREATE TABLE team (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT       NOT NULL,
    name          VARCHAR(80)  NOT NULL,
    home_floor_id BIGINT,
    lead_id       BIGINT,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_team_site_name UNIQUE (site_id, name),
    CONSTRAINT fk_team_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_team_home_floor FOREIGN KEY (home_floor_id) REFERENCES floor (id),
    CONSTRAINT fk_team_lead FOREIGN KEY (lead_id) REFERENCES person (id)
);

ALTER TABLE person ADD CONSTRAINT fk_person_team FOREIGN KEY (team_id) REFERENCES team (id);

-- Accounts know sites and people by id only: the security package depends on no feature.
CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    password_hash   VARCHAR(100),
    display_name    VARCHAR(120) NOT NULL,
    site_id         BIGINT,
    person_id       BIGINT,
    locked          BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    held_until      DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
