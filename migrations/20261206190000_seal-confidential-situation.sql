-- Confidential situation facts (trafficking, fear of return) leave the open jsonb column for an
-- encrypted one: an AES-256-GCM envelope `pe1:<keyId>:...` bound to the row, or NULL when there is
-- nothing confidential. Values still in the open column are sealed by the server at start
-- (registry/confidential-situation.ts), since SQL holds no key.
ALTER TABLE people ADD COLUMN situation_sealed text;
COMMENT ON COLUMN people.situation_sealed IS 'Confidential situation facts, encrypted (see registry/confidential-situation.ts); only the person and protection officers read them.';
