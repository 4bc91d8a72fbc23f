export { AnsibleConfigurator } from './ansible-configurator.ts';
export { type AnsibleEvent, parseAnsibleEvent } from './ansible-events.ts';
export {
  type AnsibleOptions,
  DEFAULT_PROFILES_DIR,
  DEFAULT_ROLES_DIR,
  resolveAnsibleOptions,
} from './ansible-options.ts';
export { configuratorFromConfig } from './configurator-from-config.ts';
export { loadOrCreateKey, type SshKeyFiles } from './key-store.ts';
export { generateOpensshKeyPair, type OpensshKeyPair, publicKeyOf } from './openssh-key.ts';
export { type Profile, RoleCatalog } from './role-catalog.ts';
