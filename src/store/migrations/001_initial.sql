-- The durable record: requests, their plans and approvals, the audit log and job history.

CREATE TABLE requests (
  id          text PRIMARY KEY,
  seq         bigserial NOT NULL,
  operation   jsonb NOT NULL,
  state       text NOT NULL CHECK (state IN ('received', 'planning', 'awaiting_approval', 'approved',
                'applying', 'configuring', 'succeeded', 'rejected', 'expired', 'cancelled', 'failed',
                'rolled_back')),
  requester   jsonb NOT NULL,
  thread      jsonb NOT NULL,
  thread_key  text NOT NULL,
  plan_id     text,
  plan_hash   text,
  reason      text,
  result      jsonb,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  expires_at  timestamptz
);
CREATE INDEX requests_thread_key_idx ON requests (thread_key, created_at DESC, seq DESC);
CREATE INDEX requests_requester_idx ON requests ((requester ->> 'id'), created_at DESC, seq DESC);
CREATE INDEX requests_expiry_idx ON requests (expires_at) WHERE state = 'awaiting_approval';

CREATE TABLE plans (
  id               text PRIMARY KEY,
  request_id       text NOT NULL REFERENCES requests (id),
  engine           text NOT NULL,
  actions          jsonb NOT NULL,
  hash             text NOT NULL,
  artifact_sha256  text,
  created_at       timestamptz NOT NULL
);
CREATE INDEX plans_request_idx ON plans (request_id);

CREATE TABLE approvals (
  request_id  text NOT NULL REFERENCES requests (id),
  approver    text NOT NULL,
  plan_hash   text NOT NULL,
  at          timestamptz NOT NULL,
  PRIMARY KEY (request_id, approver, plan_hash)
);

CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor       text NOT NULL,
  actor_name  text,
  action      text NOT NULL,
  request_id  text,
  thread      jsonb,
  plan_hash   text,
  detail      text
);
CREATE INDEX audit_log_request_idx ON audit_log (request_id, id);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- Append-only: the database itself refuses to change or remove an audit entry.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

CREATE TABLE job_history (
  id          bigserial PRIMARY KEY,
  request_id  text NOT NULL,
  kind        text NOT NULL,
  job_id      text NOT NULL,
  status      text NOT NULL CHECK (status IN ('started', 'completed', 'failed', 'retrying')),
  attempt     integer NOT NULL,
  detail      text,
  at          timestamptz NOT NULL
);
CREATE INDEX job_history_request_idx ON job_history (request_id, id);
