-- "Filled until a date": an author marks a listing filled for a while (a season, a course that
-- is full); on that day the lifecycle runner publishes it again. NULL: filled for good (or not
-- filled). Search never finds a filled listing; only its status decides that.
ALTER TABLE opportunities ADD COLUMN filled_until date;
ALTER TABLE offers ADD COLUMN filled_until date;
