-- Night shifts: a site may start its working periods at set times of day (e.g. '06:00 14:00 22:00',
-- or one time such as '06:00' for a day that crosses midnight). Empty: the calendar day, as before.
ALTER TABLE site ADD COLUMN period_starts VARCHAR(60) NOT NULL DEFAULT '';

-- "Today's stays" of a site (board chart) are those still open or ended since the period began:
-- a range on ended_at per site, so the read no longer walks the site's whole presence history.
CREATE INDEX ix_presence_site_end ON presence (site_id, ended_at, started_at);
