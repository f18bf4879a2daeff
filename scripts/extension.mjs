// Post-build step: builds the on-demand module (everything after the start page: the questions,
// the outcome, the referral and training mode; src/extension/) the way Trunk builds the app:
// cargo for wasm32, wasm-bindgen (web target), and for a release wasm-opt -Oz. Its files get a
// content hash in their names, like Trunk's, and the built page names the script in a <meta>
// element. That is not a request: the shell imports the module once the start page has been
// painted, so it is not part of the first load.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MODULE_META = 'app-on-demand-module';
const NAME = 'extension';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const targetDir = process.env.CARGO_TARGET_DIR ?? 'target';
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', NAME, ...(release ? ['--release'] : [])]);
const built = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);

const out = mkdtempSync(path.join(tmpdir(), 'extension-'));
try {
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', NAME, built]);
  const wasmFile = path.join(out, `${NAME}_bg.wasm`);
  if (release) run('wasm-opt', ['-Oz', `--output=${wasmFile}`, wasmFile]);
  const wasm = readFileSync(wasmFile);
  const script = readFileSync(path.join(out, `${NAME}.js`), 'utf8');
  const hash = createHash('sha256').update(wasm).update(script).digest('hex').slice(0, 16);
  const stem = `${NAME}-${hash}`;
  writeFileSync(path.join(staging, `${stem}_bg.wasm`), wasm);
  writeFileSync(path.join(staging, `${stem}.js`), script.replaceAll(`'${NAME}_bg.wasm'`, `'${stem}_bg.wasm'`));
  // wasm-bindgen's JavaScript snippets: the same files as the app's (one crate), kept as they are.
  if (existsSync(path.join(out, 'snippets'))) cpSync(path.join(out, 'snippets'), path.join(staging, 'snippets'), { recursive: true });

  const page = path.join(staging, 'index.html');
  const meta = `<meta name="${MODULE_META}" content="/${stem}.js">`;
  const html = readFileSync(page, 'utf8').replace(new RegExp(`\\s*<meta name="${MODULE_META}"[^>]*>`), '');
  if (!html.includes('</head>')) throw new Error('extension: no </head> in index.html');
  writeFileSync(page, html.replace('</head>', `  ${meta}\n  </head>`));
  console.log(`extension: ${stem}.js, ${wasm.length} bytes of wasm`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
