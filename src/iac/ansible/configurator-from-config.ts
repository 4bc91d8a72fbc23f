import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../config/index.ts';
import { AnsibleConfigurator } from './ansible-configurator.ts';

/**
 * The configure step as the configuration describes it. The key lives under the data directory unless
 * ATLAS_SSH_KEY_FILE names one; with no data directory on disk (`memory://`) each process makes its own.
 */
export function configuratorFromConfig(
  config: Config,
  dataDir: string,
  sanitize: (text: string) => string,
): AnsibleConfigurator {
  const c = config.configure;
  const keyFile =
    c.sshKeyFile ??
    (dataDir === 'memory://'
      ? join(tmpdir(), `atlas-ssh-${randomUUID()}`, 'atlas_ed25519')
      : join(dataDir, 'ssh', 'atlas_ed25519'));
  return new AnsibleConfigurator({
    keyFile,
    sanitize,
    extraRoleDirs: c.rolesPath,
    extraProfileDirs: c.rolesPath,
    bin: c.ansiblePlaybook,
    sshPort: c.sshPort,
    connectTimeoutMs: c.sshWaitMs,
    timeoutMs: c.timeoutMs,
    systemEnv: config.systemEnv,
  });
}
