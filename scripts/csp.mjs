// Post-build step: writes a strict Content Security Policy into the built index.html.
// The page has three inline scripts: Trunk's loader, the early WebAssembly fetch that
// scripts/loader.mjs adds, and the built-in start page's script that scripts/prerender.mjs adds
// (src/ui/prerendered.js). Instead of allowing 'unsafe-inline', the policy allows exactly those
// scripts by their SHA-256 hashes.
//
// Referral submission (issue 5, docs/referral.md): with SUBMISSION_ENDPOINT set at build time
// (an https:// URL), the page also gets <meta name="referral-submission-endpoint"> and the
// endpoint's origin is added to connect-src — that one origin and no other. Without it (the
// demo build) connect-src falls under default-src 'self' and nothing can be sent elsewhere.
// The e2e harness uses `configure` on the built page to point it at its test receiver.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SUBMISSION_ENDPOINT_META = 'referral-submission-endpoint';

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The policy for the page's inline scripts and, if given, a submission endpoint. */
export function policyFor(html, endpoint) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length === 0) throw new Error('csp: no inline loader found');
  const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  if (endpoint && !endpoint.startsWith('/')) directives.push(`connect-src 'self' ${new URL(endpoint).origin}`);
  return { policy: directives.join('; '), inline: inline.length };
}

/** `html` with its policy (and the submission endpoint's meta element, if given) in place. */
export function configure(html, { endpoint } = {}) {
  if (endpoint) {
    const url = endpoint.startsWith('/') ? null : new URL(endpoint);
    if (url && url.protocol !== 'https:' && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
      throw new Error(`csp: the submission endpoint must be https:// (got ${endpoint})`);
    }
  }
  const { policy, inline } = policyFor(html, endpoint);
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
  html = html.replace(new RegExp(`<meta name="${SUBMISSION_ENDPOINT_META}"[^>]*>\\s*`, 'i'), '');
  const endpointMeta = endpoint ? `\n    <meta name="${SUBMISSION_ENDPOINT_META}" content="${escapeAttribute(endpoint)}">` : '';
  html = html.replace(/(<meta charset="utf-8">)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}">${endpointMeta}`);
  if (!html.includes('Content-Security-Policy')) throw new Error('csp: could not place the policy');
  return { html, inline };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
  const file = path.join(dir, 'index.html');
  const { html, inline } = configure(readFileSync(file, 'utf8'), { endpoint: process.env.SUBMISSION_ENDPOINT || undefined });
  writeFileSync(file, html);
  console.log(`csp: ${inline} inline script(s) allowed by hash in ${file}${process.env.SUBMISSION_ENDPOINT ? `; submissions to ${process.env.SUBMISSION_ENDPOINT}` : ''}`);
}
