import type { AuditEntry, NewAuditEntry } from '../domain/audit.ts';

/** Append-only. There is no update and no delete. */
export interface AuditLog {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  list(filter: { requestId?: string; since?: string; limit?: number }): Promise<AuditEntry[]>;
}
