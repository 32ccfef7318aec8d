-- Issue 11: a rectification ticket is reached by its region and department (the platform's scope policy: a
-- department's staff see their department of their region, a clerk their region, a supervisor their region and below).
-- Every ticket has both columns since V3; tickets that still carry the unknown region '000000' (opened before their
-- rating knew its region) take it from their rating, or from the case's invitation behind the rating. A ticket whose
-- region stays unknown is in nobody's scope but the rater's: a wrong region must narrow access, never widen it.
UPDATE rectification_ticket t JOIN rating r ON r.id = t.rating_id
SET t.region = r.region
WHERE t.region = '000000' AND r.region <> '000000';

UPDATE rectification_ticket t JOIN rating r ON r.id = t.rating_id JOIN invitation i ON i.id = r.invitation_id
SET t.region = i.region
WHERE t.region = '000000';

UPDATE rectification_ticket t JOIN rating r ON r.id = t.rating_id JOIN service_occurrence o ON o.id = r.invitation_id
SET t.region = o.region
WHERE t.region = '000000';

-- the lists filter on (region, department) or a region prefix, newest first
ALTER TABLE rectification_ticket ADD KEY ix_ticket_scope (region, department, opened_at);
