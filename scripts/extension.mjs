// The on-demand module (everything after the start page: the questions, the outcome, the
// referral and training mode; src/extension/): cargo for wasm32 and wasm-bindgen (web target),
// as Trunk builds the app, and for a release scripts/wasm-glue.mjs (wasm-opt -Os, and what
// the module and its glue need no longer). `buildExtension` is shared with `make widget`
// (scripts/widget.mjs), which ships the same module in the package.
//
// Run as Trunk's post-build step: its files get a content hash in their names, like Trunk's,
// and the built page names the script in a <meta> element. That is not a request: the shell
// imports the module once the start page has been painted, so it is not part of the first load.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { optimiseModuleAndGlue } from './wasm-glue.mjs';

export const MODULE_META = 'app-on-demand-module';
export const NAME = 'extension';

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

/**
 * Builds the module into a new temporary folder: `{ dir, wasm, script }` (the wasm-bindgen
 * output, `${NAME}_bg.wasm` and `${NAME}.js`, and its `snippets/` if any). The caller removes `dir`.
 */
export function buildExtension({ release = true, targetDir = process.env.CARGO_TARGET_DIR ?? 'target' } = {}) {
  run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', NAME, ...(release ? ['--release'] : [])]);
  const built = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);
  const dir = mkdtempSync(path.join(tmpdir(), 'extension-'));
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, '--out-name', NAME, built]);
  const wasm = path.join(dir, `${NAME}_bg.wasm`);
  if (release) optimiseModuleAndGlue(wasm, path.join(dir, `${NAME}.js`));
  return { dir, wasm, script: path.join(dir, `${NAME}.js`) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
  const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
  const out = buildExtension({ release });
  try {
    const wasm = readFileSync(out.wasm);
    const script = readFileSync(out.script, 'utf8');
    const hash = createHash('sha256').update(wasm).update(script).digest('hex').slice(0, 16);
    const stem = `${NAME}-${hash}`;
    writeFileSync(path.join(staging, `${stem}_bg.wasm`), wasm);
    writeFileSync(path.join(staging, `${stem}.js`), script.replaceAll(`'${NAME}_bg.wasm'`, `'${stem}_bg.wasm'`));
    // wasm-bindgen's JavaScript snippets: the same files as the app's (one crate), kept as they are.
    if (existsSync(path.join(out.dir, 'snippets'))) cpSync(path.join(out.dir, 'snippets'), path.join(staging, 'snippets'), { recursive: true });

    const page = path.join(staging, 'index.html');
    const meta = `<meta name="${MODULE_META}" content="/${stem}.js">`;
    const html = readFileSync(page, 'utf8').replace(new RegExp(`\\s*<meta name="${MODULE_META}"[^>]*>`), '');
    if (!html.includes('</head>')) throw new Error('extension: no </head> in index.html');
    writeFileSync(page, html.replace('</head>', `  ${meta}\n  </head>`));
    console.log(`extension: ${stem}.js, ${wasm.length} bytes of wasm`);
  } finally {
    rmSync(out.dir, { recursive: true, force: true });
  }
}
