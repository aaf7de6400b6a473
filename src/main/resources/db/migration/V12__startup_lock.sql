-- Written for MariaDB 10.11 and for H2 in MariaDB mode: keep to the syntax both accept.

-- Start-up work that only one node may do when several start at once on one database (the first
-- administrator) locks its row here with SELECT … FOR UPDATE until its transaction ends. A row that
-- always exists is locked the same way on both databases, unlike the gaps of an empty result.
CREATE TABLE startup_lock (
    name VARCHAR(60) NOT NULL PRIMARY KEY
);

INSERT INTO startup_lock (name) VALUES ('admin-bootstrap');
