// Post-build step: writes the standalone app's service worker (dist/sw.js) from
// src/offline/sw.js with this release's files and a version computed from them (Trunk's file
// names carry content hashes, so a new release gets a new version and replaces the old cache).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
// Every file of the release, wasm-bindgen's snippets/ folder included, and the on-demand module
// (src/extension/): fetched here once the app has loaded, so the whole service works offline.
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
  .map((entry) => path.posix.join('/', path.relative(dir, entry.parentPath).split(path.sep).join('/'), entry.name))
  .filter((file) => file !== '/sw.js' && file !== '/index.html' && !file.startsWith('/.'))
  .sort();
const assets = ['/', ...files];
const template = readFileSync('src/offline/sw.js', 'utf8');
const version = createHash('sha256').update(template).update(assets.join('\n')).digest('hex').slice(0, 16);
const worker = template.replace("'__VERSION__'", JSON.stringify(version)).replace('__ASSETS__', JSON.stringify(assets));
writeFileSync(path.join(dir, 'sw.js'), worker);
console.log(`offline: sw.js version ${version} caches ${assets.length} files`);
