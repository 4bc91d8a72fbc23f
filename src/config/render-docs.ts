import { SETTINGS, type Setting } from './settings.ts';

const FORMS = {
  string: 'text',
  url: 'URL',
  secret: 'secret',
  boolean: 'true / false',
  integer: 'whole number',
  size: 'size (2G, 2048M)',
  duration: 'duration (30s, 5m, 24h)',
  list: 'comma-separated list',
  path: 'path',
} as const;

function formOf(setting: Setting): string {
  return setting.canBeOff ? `${FORMS[setting.kind]}, or \`off\`` : FORMS[setting.kind];
}

/** docs/configuration.md, generated from the settings table so the two never disagree. */
export function renderConfigDocs(): string {
  const rows = SETTINGS.map((s) => {
    const form = s.choices ? s.choices.map((c) => `\`${c}\``).join(' / ') : formOf(s);
    const yaml = s.yaml === '-' ? '—' : `\`${s.yaml}\``;
    return `| \`${s.env}\` | ${yaml} | ${form} | ${s.default ? `\`${s.default}\`` : '—'} | ${s.description} |`;
  });
  return `# Configuration

ATLAS reads its configuration once at start, from the environment and from an optional \`atlas.yaml\`
(the file named by \`ATLAS_CONFIG\`, else \`atlas.yaml\` in the working directory). The environment wins
over the file. Every value is validated; a bad one stops ATLAS with a message naming the setting and the
form it expects. Secrets never print: not in logs, not in chat, not in \`atlas doctor\`.

\`npx atlas doctor\` checks the configuration and reaches Redis, PostgreSQL and Proxmox.

This page is generated from \`src/config/settings.ts\` (\`node scripts/gen-config-docs.ts\`); a test fails when
the two disagree.

| Environment | atlas.yaml key | Form | Default | What it does |
|---|---|---|---|---|
${rows.join('\n')}

## atlas.yaml

The YAML keys are the dotted paths above, nested:

\`\`\`yaml
proxmox:
  url: https://pve.example.com:8006
  tokenId: atlas@pve!atlas
  caFile: /etc/atlas/pve-ca.pem
approvals:
  approvers: [slack:U024BE7LH, discord:80351110224678912]
  required: 1
limits:
  cores: 8
  memory: 32G
\`\`\`

Keep secrets (\`PROXMOX_TOKEN_SECRET\`, \`DATABASE_URL\` with a password, chat tokens) in the environment or
a file only the ATLAS user can read.
`;
}
