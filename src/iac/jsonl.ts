import type { z } from 'zod';

/**
 * One line of a JSON-lines stream (Terraform's `-json`, Ansible's `ansible.posix.jsonl` callback) read
 * with a schema: undefined for lines that are not a JSON object (plain text, warnings, a cut-off line)
 * and for objects the schema does not accept.
 */
export function parseJsonLine<T extends z.ZodType>(line: string, schema: T): z.output<T> | undefined {
  if (!line.startsWith('{')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
