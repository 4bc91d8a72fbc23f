/** Something that runs SQL: a whole database or one open transaction. */
export interface SqlQuery {
  /** One statement with `$1`-style parameters; resolves to its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A script of several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

/**
 * The few things ATLAS asks of a SQL database. PostgreSQL and PGlite (embedded Postgres) both
 * implement it and run the same SQL text.
 */
export interface Sql extends SqlQuery {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
