-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

-- Everyone whose health data a line of the access log read (issue 10): a list read keeps the people
-- on the page or in the export it showed, so "who read X's data" is answered from the person's side.
CREATE TABLE health_read_person (
    read_id     BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    CONSTRAINT pk_health_read_person PRIMARY KEY (read_id, person_id),
    CONSTRAINT fk_health_read_person_read FOREIGN KEY (read_id) REFERENCES health_read_log (id) ON DELETE CASCADE
);
CREATE INDEX ix_health_read_person_person ON health_read_person (person_id, read_id);

-- The lines written before named at most the one person they were about.
INSERT INTO health_read_person (read_id, person_id)
SELECT id, person_id FROM health_read_log WHERE person_id IS NOT NULL;
