-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

-- A temperature check. The measured value is kept only when above the threshold (data
-- minimisation); such a check blocks check-in until the health officer clears it.
CREATE TABLE health_temperature_check (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT        NOT NULL,
    person_id     BIGINT        NOT NULL,
    at            DATETIME(6)   NOT NULL,
    moment        VARCHAR(20)   NOT NULL,
    result        VARCHAR(20)   NOT NULL,
    temperature   DECIMAL(4, 1),
    checked_by    VARCHAR(120)  NOT NULL,
    cleared_at    DATETIME(6),
    cleared_by    VARCHAR(120),
    CONSTRAINT fk_health_check_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_health_check_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_health_check_site_time ON health_temperature_check (site_id, at);
CREATE INDEX ix_health_check_person ON health_temperature_check (person_id, result);

-- Observed symptoms and the health officer's decision on them, kept on one row: the decision
-- is deleted with the case by retention.
CREATE TABLE health_symptom_case (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT        NOT NULL,
    person_id        BIGINT        NOT NULL,
    reported_at      DATETIME(6)   NOT NULL,
    reported_by      VARCHAR(120)  NOT NULL,
    reporter_person_id BIGINT,
    symptoms         VARCHAR(200)  NOT NULL,
    other_text       VARCHAR(200),
    outcome          VARCHAR(20),
    decided_at       DATETIME(6),
    decided_by       VARCHAR(120),
    until_date       DATE,
    lead_person_id   BIGINT,
    lead_seen        BOOLEAN       NOT NULL DEFAULT FALSE,
    lifted_at        DATETIME(6),
    lifted_by        VARCHAR(120),
    CONSTRAINT fk_health_case_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_health_case_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_health_case_site_time ON health_symptom_case (site_id, reported_at);
CREATE INDEX ix_health_case_person ON health_symptom_case (person_id, outcome);
CREATE INDEX ix_health_case_lead ON health_symptom_case (lead_person_id, lead_seen);
