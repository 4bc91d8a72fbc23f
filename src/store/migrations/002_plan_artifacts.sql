-- Terraform plan files, kept between plan and apply under their SHA-256 so that any worker, on any
-- machine, applies exactly the plan file that was approved. Saving the same bytes twice changes nothing.

CREATE TABLE plan_artifacts (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  request_id  text NOT NULL,
  bytes       bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_artifacts_request_idx ON plan_artifacts (request_id);

-- What the engine's own tool says a plan will do (Terraform's plan summary), shown on the plan card.
ALTER TABLE plans ADD COLUMN summary text;
