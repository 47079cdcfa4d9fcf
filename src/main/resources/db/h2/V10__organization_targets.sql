-- An organization's targets: a band or an index for the overall index or a dimension, by its id,
-- as JSON ({"REASONING_GAP": {"band": "MODERATE"}, "overall": {"index": 40}}); null when none is set.
ALTER TABLE organization ADD COLUMN targets JSON;
