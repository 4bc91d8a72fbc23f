// Adds lockfile entries for platform-specific optional packages that the registry in use
// does not serve (a mirror that only carries this machine's platform). Without them `npm ci`
// refuses the lockfile as out of sync. Entries carry os/cpu so npm skips them on other machines.
// Usage: node scripts/lock-platforms.mjs   (after `npm install` changed package-lock.json)
import { readFileSync, writeFileSync } from 'node:fs';

const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'wasm32'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const parts = name.split(/[-/]/);
    const stub = { version, optional: true };
    if (entry.dev) stub.dev = true;
    const os = OS.find((o) => parts.includes(o) || (o === 'win32' && parts.includes('windows')));
    const cpu = CPU.find((c) => parts.includes(c));
    if (os) stub.os = [os];
    if (cpu) stub.cpu = [cpu];
    if (parts.includes('musl')) stub.libc = ['musl'];
    else if (os === 'linux') stub.libc = ['glibc'];
    lock.packages[`node_modules/${name}`] = stub;
    added += 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} platform entries`);
