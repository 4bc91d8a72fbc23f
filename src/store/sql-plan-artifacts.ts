import { AtlasError } from '../domain/errors.ts';
import type { PlanArtifacts, PlanArtifactsSweep } from '../ports/plan-artifacts.ts';
import type { Sql } from './sql/sql.ts';
import { databaseError } from './sql/sql-errors.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Plan files in the `plan_artifacts` table (PostgreSQL or PGlite), so a worker on any machine applies
 * the plan file another worker made. Rows are immutable: the key is the hash of the bytes, so saving
 * again is a no-op; the retention sweep deletes those of requests that are over. Does not own `sql`.
 */
export class SqlPlanArtifacts implements PlanArtifacts, PlanArtifactsSweep {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async save(sha256: string, bytes: Uint8Array, meta: { requestId: string }): Promise<void> {
    checkHash(sha256);
    try {
      await this.#sql.query(
        `INSERT INTO plan_artifacts (sha256, request_id, bytes) VALUES ($1, $2, $3)
         ON CONFLICT (sha256) DO NOTHING`,
        [sha256, meta.requestId, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
      );
    } catch (error) {
      throw databaseError(`Saving the plan file ${sha256.slice(0, 12)} of ${meta.requestId}`, error);
    }
  }

  async load(sha256: string): Promise<Uint8Array | undefined> {
    checkHash(sha256);
    try {
      const rows = await this.#sql.query<{ bytes: Uint8Array }>(
        'SELECT bytes FROM plan_artifacts WHERE sha256 = $1',
        [sha256],
      );
      const bytes = rows[0]?.bytes;
      return bytes === undefined ? undefined : new Uint8Array(bytes);
    } catch (error) {
      throw databaseError(`Loading the plan file ${sha256.slice(0, 12)}`, error);
    }
  }

  async deleteOfRequests(requestIds: readonly string[], createdBefore: string): Promise<number> {
    if (requestIds.length === 0) return 0;
    try {
      const rows = await this.#sql.query(
        `DELETE FROM plan_artifacts WHERE request_id = ANY($1::text[]) AND created_at < $2 RETURNING sha256`,
        [[...requestIds], createdBefore],
      );
      return rows.length;
    } catch (error) {
      throw databaseError(`Deleting the plan files of ${requestIds.length} finished request(s)`, error);
    }
  }
}

function checkHash(sha256: string): void {
  if (!SHA256.test(sha256)) {
    throw new AtlasError('internal', `${JSON.stringify(sha256)} is not a SHA-256 hex digest of a plan file.`);
  }
}
