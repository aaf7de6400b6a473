-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

-- Every read of a health record (a check, a case, a contact list), and every deletion by the
-- retention job: who, when, what, about whom. Kept apart from the records, which are deleted.
CREATE TABLE health_read_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    at          DATETIME(6)  NOT NULL,
    reader      VARCHAR(120) NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    person_id   BIGINT,
    detail      VARCHAR(300),
    CONSTRAINT fk_health_read_log_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_health_read_log_site_time ON health_read_log (site_id, at);
