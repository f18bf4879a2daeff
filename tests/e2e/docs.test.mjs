// The documents a newcomer reads: the README starts with the two commands and stays short, and
// every link between the documents leads somewhere (a file that exists, a heading that is there).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { ROOT } from './harness.mjs';

const DOCUMENTS = ['README.md', 'rules/README.md', 'rules/data/README.md', 'src/embed/CHANGELOG.md',
  ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
const headings = (text) => text.replace(/^```[\s\S]*?^```$/gm, '').match(/^#{1,6} .*$/gm)?.map((h) => anchor(h.replace(/^#+ /, ''))) ?? [];

test('the README starts with the two commands and is read in ten minutes', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const lines = readme.trimEnd().split('\n');
  assert.ok(lines.length <= 200, `README.md has ${lines.length} lines: at most 200 (move detail into docs/)`);
  const commands = readme.match(/^```sh\n([\s\S]*?)^```$/m)?.[1].trim().split('\n').map((line) => line.split('#')[0].trim());
  assert.deepEqual(commands, ['make serve', 'make test'], 'the first code block is the two commands');
  const first = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('# '));
  assert.equal(lines[first], '```sh', 'under its title, the first thing in the README is the two commands');
  for (const credit of ['mySociety (CC BY 4.0)', 'Open Government Licence v3.0', 'Crown']) {
    assert.ok(readme.includes(credit), `the README credits: ${credit}`);
  }
});

test('every link between the documents leads to a file that exists, and to a heading that is there', () => {
  const broken = [];
  for (const doc of DOCUMENTS) {
    const text = readFileSync(path.join(ROOT, doc), 'utf8').replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, (code) => (code.includes('](') ? '' : code));
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue; // the web, mail
      const [file, fragment] = target.split('#');
      const resolved = file ? path.join(path.dirname(path.join(ROOT, doc)), file) : path.join(ROOT, doc);
      if (!existsSync(resolved)) { broken.push(`${doc}: ${target} (no such file)`); continue; }
      if (fragment && resolved.endsWith('.md') && !headings(readFileSync(resolved, 'utf8')).includes(fragment)) {
        broken.push(`${doc}: ${target} (no such heading)`);
      }
    }
  }
  assert.deepEqual(broken, []);
});
