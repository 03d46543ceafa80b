// Builds the portal for Maven: `npm ci` only when package-lock.json differs from what node_modules was installed
// from, and `vite build` only when a source or setting differs from the last build in the output folder, so a
// module build that touches nothing here costs a second, and a fresh clone still gets a clean, locked install.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outDir = resolve(process.argv[2] ?? 'target/classes/META-INF/resources');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function digest(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(path);
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

function filesUnder(folder) {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function run(args) {
  console.log(`[portal] npm ${args.join(' ')}`);
  execFileSync(npm, args, { stdio: 'inherit' });
}

const installStamp = join('node_modules', '.installed-from');
const lockDigest = digest(['package-lock.json']);
if (!existsSync(installStamp) || readFileSync(installStamp, 'utf8') !== lockDigest) {
  run(['ci', '--prefer-offline', '--no-audit', '--no-fund']);
  writeFileSync(installStamp, lockDigest);
}

const buildStamp = resolve('target', '.portal-built-from');
const sourceDigest = digest([...filesUnder('src'), ...filesUnder('public'), 'index.html', 'vite.config.ts',
  'tsconfig.json', lockDigest && 'package-lock.json']);
if (existsSync(buildStamp) && readFileSync(buildStamp, 'utf8') === sourceDigest) {
  console.log('[portal] up to date');
} else {
  run(['run', 'build', '--', '--outDir', outDir, '--emptyOutDir']);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(buildStamp, sourceDigest);
}
