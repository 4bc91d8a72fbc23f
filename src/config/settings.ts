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
    default: 'api',
    choices: ['api'],
    description: 'How VMs are created: `api` calls the Proxmox API directly.',
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
];
