-- The server looks at start for confidential situation facts still in the open column (written
-- before they were sealed, or by an import that bypassed the service). This partial index holds
-- only such rows, so the look-up reads an empty index instead of the whole people table.
-- The predicate is the one sealOpenConfidentialFacts uses (registry/confidential-situation.ts).
CREATE INDEX people_open_confidential_idx ON people (id)
  WHERE situation ?| array['traffickingVictim', 'cooperatedWithLawEnforcement', 'minorDuringTrafficking', 'traumaPreventsCooperation', 'extremeHardshipOnRemoval', 'fearOfReturn'];
