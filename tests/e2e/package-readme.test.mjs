// The widget package's README.md is docs/embedding.md for a partnership's web manager, written
// by `make widget` (packageReadme in scripts/widget.mjs), not the project README wasm-pack
// copies: the two cannot drift. It describes every file of the package, and its example
// configuration is valid against the schema the package ships.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { PKG, ROOT, widgetPackageFiles } from './harness.mjs';
import { packageReadme } from '../../scripts/widget.mjs';

const read = (...parts) => readFileSync(path.join(...parts), 'utf8');

test('the package README is docs/embedding.md for a web manager, of this version', async () => {
  const files = await widgetPackageFiles();
  assert.ok(files.includes('README.md'), 'package.json lists README.md');
  const pack = JSON.parse(read(PKG, 'package.json'));
  const readme = read(PKG, 'README.md');
  assert.equal(readme, packageReadme(read(ROOT, 'docs', 'embedding.md'), pack), 'pkg/README.md is docs/embedding.md as packageReadme writes it: run `make widget`');
  assert.notEqual(readme.split('\n')[0], read(ROOT, 'README.md').split('\n')[0], 'not the project README');
  assert.ok(readme.includes(`\`${pack.name}\` ${pack.version}.`), 'it names the package and its version');
  for (const heading of ['## Installing the package', '## Script widget', '## iframe', '## Configuration', '### Fields', '## Updating to a new version']) {
    assert.ok(readme.includes(`\n${heading}\n`), `it has the section ${heading}`);
  }
  for (const left of ['## Building the package', 'Offline use and the service worker', 'developers: start', 'developers: end']) {
    assert.ok(!readme.includes(left), `the developers' part "${left}" is left out`);
  }
  assert.deepEqual(readme.match(/\]\((?!https?:|#)[^)]*\)/g) ?? [], [], 'no link into the repository (a web manager has the package)');
  for (const anchor of readme.match(/\]\(#[^)]*\)/g) ?? []) {
    const slug = anchor.slice(3, -1);
    const headings = readme.match(/^#+ .*$/gm).map((h) => h.replace(/^#+ /, '').toLowerCase().replace(/[^\w\s-]/g, '').replace(/\s/g, '-'));
    assert.ok(headings.includes(slug), `the link to #${slug} has its heading`);
  }
  for (const file of files) assert.ok(readme.includes(`\`${file}\``), `it says what ${file} is`);
});

test('the package ships the configuration schema, and the README\'s example configuration is valid against it', () => {
  const schema = read(PKG, 'partnership-config.schema.json');
  assert.equal(schema, read(ROOT, 'public', 'schema', 'partnership-config.schema.json'), 'the published schema, as it is');
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32 });
  const validate = ajv.compile(JSON.parse(schema));
  const examples = [...read(PKG, 'README.md').matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
  assert.ok(examples.length > 0, 'an example configuration file');
  for (const example of examples) {
    assert.ok(validate(JSON.parse(example)), `the example is valid: ${JSON.stringify(validate.errors)}`);
  }
});
