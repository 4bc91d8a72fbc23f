/**
 * Every setting ATLAS reads: its environment name, its atlas.yaml key, its form and default.
 * docs/configuration.md is checked against this table by a test, so the two cannot drift apart.
 */
export type SettingKind =
  | 'string'
  | 'url'
  | 'secret'
  | 'boolean'
  | 'integer'
  | 'size'
  | 'duration'
  | 'list'
  | 'path';

export interface Setting {
  env: string;
  yaml: string;
  kind: SettingKind;
  default?: string;
  /** Allowed values, for `string` settings that are a choice. */
  choices?: readonly string[];
  /** A `duration` that `0` or `off` turns off (read as 0). */
  canBeOff?: true;
  description: string;
}

export const SETTINGS: readonly Setting[] = [
  {
    env: 'ATLAS_CONFIG',
    yaml: '-',
    kind: 'path',
    default: 'atlas.yaml (when present)',
    description: 'Path of the optional YAML configuration file.',
  },
  {
    env: 'ATLAS_DATA_DIR',
    yaml: 'dataDir',
    kind: 'path',
    default: '.atlas',
    description: 'Directory for local data: the embedded database when DATABASE_URL is unset.',
  },
  {
    env: 'ATLAS_HTTP_PORT',
    yaml: 'http.port',
    kind: 'integer',
    default: '3000',
    description: 'Port of the HTTP endpoint (/healthz, /readyz, /metrics, chat webhooks).',
  },
  {
    env: 'ATLAS_LOG_LEVEL',
    yaml: 'log.level',
    kind: 'string',
    default: 'info',
    choices: ['debug', 'info', 'warn', 'error', 'silent'],
    description: 'Log level (logs are JSON lines on standard error).',
  },
  {
    env: 'ATLAS_LANGUAGE',
    yaml: 'chat.language',
    kind: 'string',
    default: 'en',
    choices: ['en', 'it'],
    description:
      "Language of threads where nobody has written in their own words yet. Free text switches the thread to the language it is written in (English or Italian); Discord slash commands use the person's client language.",
  },
  {
    env: 'REDIS_URL',
    yaml: 'redis.url',
    kind: 'url',
    description:
      'Redis for the job queue, conversation state, locks and progress events. Required except by `atlas demo`, which starts a local redis-server when it is unset.',
  },
  {
    env: 'ATLAS_REDIS_PREFIX',
    yaml: 'redis.prefix',
    kind: 'string',
    default: 'atlas:',
    description: 'Prefix of every Redis key and queue name, so several installations can share one Redis.',
  },
  {
    env: 'DATABASE_URL',
    yaml: 'database.url',
    kind: 'secret',
    description:
      'PostgreSQL connection URL for the durable record. Unset: an embedded PostgreSQL (PGlite) under ATLAS_DATA_DIR.',
  },
  {
    env: 'PROXMOX_URL',
    yaml: 'proxmox.url',
    kind: 'url',
    description: 'Proxmox VE API address, host and port, e.g. https://pve.example.com:8006.',
  },
  {
    env: 'PROXMOX_TOKEN_ID',
    yaml: 'proxmox.tokenId',
    kind: 'string',
    description: 'API token id, USER@REALM!TOKENID, e.g. atlas@pve!atlas.',
  },
  {
    env: 'PROXMOX_TOKEN_SECRET',
    yaml: 'proxmox.tokenSecret',
    kind: 'secret',
    description: 'API token secret (a UUID).',
  },
  {
    env: 'PROXMOX_CA_FILE',
    yaml: 'proxmox.caFile',
    kind: 'path',
    description: 'PEM file of the CA that signed the Proxmox certificate.',
  },
  {
    env: 'PROXMOX_INSECURE',
    yaml: 'proxmox.insecure',
    kind: 'boolean',
    default: 'false',
    description: 'Skip TLS certificate verification. Only for lab setups; prefer PROXMOX_CA_FILE.',
  },
  {
    env: 'ATLAS_CI_USER',
    yaml: 'proxmox.ciUser',
    kind: 'string',
    default: 'atlas',
    description: 'Cloud-init user created on new VMs.',
  },
  {
    env: 'ATLAS_TASK_TIMEOUT',
    yaml: 'proxmox.taskTimeout',
    kind: 'duration',
    default: '10m',
    description: 'How long to wait for one Proxmox task (clone, start, ...).',
  },
  {
    env: 'ATLAS_IP_TIMEOUT',
    yaml: 'proxmox.ipTimeout',
    kind: 'duration',
    default: '5m',
    description: "How long to wait for a new VM's guest agent to report an IP address.",
  },
  {
    env: 'ATLAS_ENGINE',
    yaml: 'engine',
    kind: 'string',
    default: 'auto',
    choices: ['auto', 'terraform', 'api'],
    description:
      'How VMs are created and destroyed: `terraform` generates a Terraform workspace per request and applies the approved plan file (bpg/proxmox provider); `api` calls the Proxmox API directly; `auto` is `terraform` when the terraform binary is found, else `api`. See docs/terraform.md.',
  },
  {
    env: 'ATLAS_TERRAFORM_BIN',
    yaml: 'terraform.bin',
    kind: 'path',
    default: 'terraform',
    description: 'The terraform executable: a path, or a name looked up on PATH.',
  },
  {
    env: 'ATLAS_TERRAFORM_CLI_CONFIG',
    yaml: 'terraform.cliConfig',
    kind: 'path',
    description:
      'A Terraform CLI configuration file (TF_CLI_CONFIG_FILE) for every Terraform run, e.g. with a provider mirror for machines without registry access.',
  },
  {
    env: 'ATLAS_APPROVERS',
    yaml: 'approvals.approvers',
    kind: 'list',
    default: '(nobody)',
    description:
      'Who may approve: comma-separated platform user ids (slack:U024BE7LH, discord:80351110224678912, console:bob), groups (slack:group:S0614TZR7) or * for anyone.',
  },
  {
    env: 'ATLAS_REQUIRED_APPROVALS',
    yaml: 'approvals.required',
    kind: 'integer',
    default: '1',
    description: 'How many different approvers a request needs.',
  },
  {
    env: 'ATLAS_ALLOW_SELF_APPROVAL',
    yaml: 'approvals.allowSelfApproval',
    kind: 'boolean',
    default: 'false',
    description: 'Whether a requester who is also an approver may approve their own request.',
  },
  {
    env: 'ATLAS_APPROVAL_TTL',
    yaml: 'approvals.ttl',
    kind: 'duration',
    default: '24h',
    description: 'How long a plan waits for approval before the request expires.',
  },
  {
    env: 'ATLAS_DEFAULT_TEMPLATE',
    yaml: 'defaults.template',
    kind: 'string',
    default: 'ubuntu-24.04',
    description: 'Template used when a request names none.',
  },
  {
    env: 'ATLAS_DEFAULT_CORES',
    yaml: 'defaults.cores',
    kind: 'integer',
    default: '2',
    description: 'Cores when a request says none.',
  },
  {
    env: 'ATLAS_DEFAULT_MEMORY',
    yaml: 'defaults.memory',
    kind: 'size',
    default: '2G',
    description: 'Memory when a request says none.',
  },
  {
    env: 'ATLAS_DEFAULT_DISK',
    yaml: 'defaults.disk',
    kind: 'size',
    default: '20G',
    description: 'Disk size when a request says none.',
  },
  {
    env: 'ATLAS_DEFAULT_TAGS',
    yaml: 'defaults.tags',
    kind: 'list',
    default: '(none)',
    description: 'Tags added to every new VM (ATLAS always adds `atlas` and the request id).',
  },
  {
    env: 'ATLAS_MAX_CORES',
    yaml: 'limits.cores',
    kind: 'integer',
    default: '16',
    description: 'Most cores one VM may have.',
  },
  {
    env: 'ATLAS_MAX_MEMORY',
    yaml: 'limits.memory',
    kind: 'size',
    default: '64G',
    description: 'Most memory one VM may have.',
  },
  {
    env: 'ATLAS_MAX_DISK',
    yaml: 'limits.disk',
    kind: 'size',
    default: '500G',
    description: 'Largest disk one VM may have.',
  },
  {
    env: 'ATLAS_MAX_COUNT',
    yaml: 'limits.count',
    kind: 'integer',
    default: '10',
    description: 'Most VMs one request may create (--count).',
  },
  {
    env: 'ATLAS_WORKER_CONCURRENCY',
    yaml: 'worker.concurrency',
    kind: 'integer',
    default: '8',
    description: 'Jobs one worker process runs at once, per job kind.',
  },
  {
    env: 'ATLAS_JOB_ATTEMPTS',
    yaml: 'worker.attempts',
    kind: 'integer',
    default: '5',
    description:
      'Attempts for a job that fails with a transient error (Proxmox lock timeouts, network errors).',
  },
  {
    env: 'ATLAS_RETENTION',
    yaml: 'retention',
    kind: 'duration',
    default: '7d',
    canBeOff: true,
    description:
      'How long what a finished request leaves behind (its stored Terraform plan files and workspace directory) is kept after it ended: succeeded, failed, rejected, expired, cancelled or rolled back. Workers sweep at start and hourly. Terraform state is never removed, so its VMs can still be destroyed or rolled back. `0` or `off` keeps everything.',
  },
  {
    env: 'ATLAS_ON_FAILURE',
    yaml: 'configure.onFailure',
    kind: 'string',
    default: 'ask',
    choices: ['ask', 'rollback', 'keep'],
    description:
      'What happens to the VMs of a create that failed while applying or configuring: `ask` offers a Roll back button in the thread, `rollback` removes them at once, `keep` leaves them for people to look at.',
  },
  {
    env: 'ATLAS_SSH_KEY_FILE',
    yaml: 'configure.sshKeyFile',
    kind: 'path',
    default: '(ATLAS_DATA_DIR/ssh/atlas_ed25519)',
    description:
      "ATLAS's own SSH private key (OpenSSH format), made on first use; its public half is planned into every VM created `--with` roles. Workers on several machines must share one file.",
  },
  {
    env: 'ATLAS_SSH_PORT',
    yaml: 'configure.sshPort',
    kind: 'integer',
    default: '22',
    description: 'SSH port ATLAS connects to on new VMs to run their roles.',
  },
  {
    env: 'ATLAS_SSH_WAIT',
    yaml: 'configure.sshWait',
    kind: 'duration',
    default: '5m',
    description:
      'How long to wait for a new VM to answer over SSH (and for cloud-init to finish) before its roles run.',
  },
  {
    env: 'ATLAS_CONFIGURE_TIMEOUT',
    yaml: 'configure.timeout',
    kind: 'duration',
    default: '30m',
    description: 'Longest run of ansible-playbook for one request.',
  },
  {
    env: 'ATLAS_ANSIBLE_PLAYBOOK',
    yaml: 'configure.ansiblePlaybook',
    kind: 'path',
    default: 'ansible-playbook',
    description: 'The ansible-playbook executable: a path, or a name looked up on PATH.',
  },
  {
    env: 'ATLAS_ANSIBLE_ROLES_PATH',
    yaml: 'configure.rolesPath',
    kind: 'list',
    default: '(none)',
    description:
      'Directories of your own Ansible roles (and `profiles/`-style NAME.yml role bundles), searched before the ones ATLAS ships in templates/ansible/roles and templates/profiles.',
  },
  {
    env: 'SLACK_BOT_TOKEN',
    yaml: 'slack.botToken',
    kind: 'secret',
    description: 'Slack bot token (xoxb-...).',
  },
  {
    env: 'SLACK_SIGNING_SECRET',
    yaml: 'slack.signingSecret',
    kind: 'secret',
    description: 'Slack signing secret, to verify requests in HTTP mode.',
  },
  {
    env: 'SLACK_APP_TOKEN',
    yaml: 'slack.appToken',
    kind: 'secret',
    description: 'Slack app-level token (xapp-...): use Socket Mode instead of HTTP.',
  },
  {
    env: 'SLACK_API_URL',
    yaml: 'slack.apiUrl',
    kind: 'url',
    description: 'Slack Web API base URL (GovSlack, a proxy, a test server).',
  },
  { env: 'DISCORD_TOKEN', yaml: 'discord.token', kind: 'secret', description: 'Discord bot token.' },
  {
    env: 'DISCORD_APPLICATION_ID',
    yaml: 'discord.applicationId',
    kind: 'string',
    description: 'Discord application id.',
  },
  {
    env: 'DISCORD_API_URL',
    yaml: 'discord.apiUrl',
    kind: 'url',
    description: 'Discord REST API base URL (a proxy, a test server).',
  },
  {
    env: 'OPENAI_API_KEY',
    yaml: 'llm.apiKey',
    kind: 'secret',
    description: 'API key of the OpenAI-compatible model endpoint.',
  },
  {
    env: 'OPENAI_BASE_URL',
    yaml: 'llm.baseUrl',
    kind: 'url',
    description: 'Base URL of an OpenAI-compatible endpoint (Azure OpenAI, vLLM, Ollama, LM Studio).',
  },
  {
    env: 'ATLAS_LLM_MODEL',
    yaml: 'llm.model',
    kind: 'string',
    default: 'gpt-4o-mini',
    description: 'Model name for free-text conversations.',
  },
  {
    env: 'ATLAS_LLM_TIMEOUT',
    yaml: 'llm.timeout',
    kind: 'duration',
    default: '30s',
    description:
      'Longest wait for one answer of the language model; slower answers count as a failure (free text then falls back to the rule-based interpreter).',
  },
  {
    env: 'ATLAS_LLM_MAX_ROUNDS',
    yaml: 'llm.maxRounds',
    kind: 'integer',
    default: '3',
    description:
      'Proposals the validator may turn down in one message before the agent asks the person what to change.',
  },
  {
    env: 'ATLAS_LLM_MEMORY_TOKENS',
    yaml: 'llm.memoryTokens',
    kind: 'integer',
    default: '6000',
    description: 'Tokens of conversation the agent keeps per thread (in Redis); older turns are summarised.',
  },
  {
    env: 'ATLAS_LLM_TEAM_DAILY_TOKENS',
    yaml: 'llm.teamDailyTokens',
    kind: 'integer',
    default: '(no limit)',
    description:
      'Language-model tokens one team (a chat channel) may use per UTC day; past it, free text is read by the rule-based interpreter.',
  },
];
