/**
 * Typed commands kept behind short ids, so a button can carry "run this command" in a value of at most
 * 100 characters. Ids are lower-case letters and digits.
 */
export interface CommandStash {
  save(command: string): Promise<string>;
  load(id: string): Promise<string | undefined>;
}
