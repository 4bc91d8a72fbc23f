export type { Config, LogLevel } from './config.ts';
export { type LoadOptions, loadConfig } from './load-config.ts';
export { Secret } from './secret.ts';
export { SETTINGS, type Setting } from './settings.ts';
