// The widget loader (copied into pkg/ by `make widget`). A host page adds
//   <div id="referral-assistant" data-config="/referral-assistant/config.json"></div>
//   <script type="module" src="/referral-assistant/embed.js"></script>
// and the tool mounts itself in #referral-assistant. A page that adds, replaces or removes tools
// itself (a single-page app, or two tools on one page) imports the API:
//   import { mount, unmount } from '/referral-assistant/embed.js';
//   await mount(element);   // the tool in a shadow root inside element (a <div>)
//   await unmount(element); // gone: its pages, its state and every listener it added
// The WebAssembly and the stylesheets are next to this file. Nothing else is fetched except each
// tool's same-origin configuration file (data-config), without cookies or referrer.
//
// Two modules, as in the standalone app: the first (referral_assistant_bg.wasm, with the
// stylesheet for the start page, referral-assistant-start.css) is the start page and Exit this
// page, so the tool shows and Exit works as soon as it has arrived; the second
// (referral_assistant_on_demand_bg.wasm, with the whole stylesheet: the questions, the outcome,
// the referral, training, the privacy notice and the accessibility statement) is fetched once
// the start page is up.
// `make widget` (scripts/widget.mjs) writes both modules' wasm-bindgen glue into this file in
// place of the imports below, so that one integrity hash covers everything.
import init, { mountReferralAssistant, unmountReferralAssistant } from './referral_assistant.js';
import * as onDemand from './extension.js';

const startStylesheet = new URL('referral-assistant-start.css', import.meta.url).href;
const stylesheet = new URL('referral-assistant.css', import.meta.url).href;

// What `rem` means inside the tool (style/_embed.scss): a length computed once on :host, at the
// browser's default font size, so the host page's root font size does not rescale the tool.
try {
  CSS.registerProperty({ name: '--referral-assistant-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // Already registered: this file was loaded again (a single-page host), or another copy did it.
}

// The files this loader fetches, checked against their hashes (written in by `make widget`): the
// hash on the host page's script element covers this file, and so everything the tool runs.
const WASM_INTEGRITY = '__WASM_INTEGRITY__';
const ON_DEMAND_WASM_INTEGRITY = '__ON_DEMAND_WASM_INTEGRITY__';
const START_CSS_INTEGRITY = '__START_CSS_INTEGRITY__';
const CSS_INTEGRITY = '__CSS_INTEGRITY__';

// One loader per page. A CMS may add the snippet twice (a theme's and a plugin's copy of the
// package, or this file under a cache-busting query): the browser then runs two copies of this
// file. The first to run registers its `mount` and `unmount` on the page; a later copy starts
// nothing of its own and hands every call to them, so a host element never holds two tools.
const LOADER = Symbol.for('referral-assistant.loader');
const loader = (globalThis[LOADER] ??= startLoader());

/** This copy's tool: its modules started, and its mount and unmount. */
function startLoader() {
  const ready = init({ module_or_path: fetch(new URL('referral_assistant_bg.wasm', import.meta.url), { integrity: WASM_INTEGRITY }) });

  let onDemandReady;
  /** The on-demand module, fetched and started once for every tool on the page: its exports. */
  const loadOnDemand = () => {
    onDemandReady ??= onDemand.default({
      module_or_path: fetch(new URL('referral_assistant_on_demand_bg.wasm', import.meta.url), { integrity: ON_DEMAND_WASM_INTEGRITY }),
    }).then(
      () => onDemand,
      (error) => {
        onDemandReady = undefined; // offline for now: the tool offers to try again
        throw error;
      },
    );
    return onDemandReady;
  };

  return Object.freeze({
    async mount(element) {
      await ready;
      await mountReferralAssistant(element, startStylesheet, START_CSS_INTEGRITY, stylesheet, CSS_INTEGRITY, loadOnDemand);
    },
    async unmount(element) {
      await ready;
      return unmountReferralAssistant(element);
    },
  });
}

/** Mounts the tool in `element`; nothing happens if it is already there. */
export async function mount(element) {
  if (!(element instanceof Element)) throw new TypeError('Referral assistant: mount(element) needs an element.');
  await loader.mount(element);
}

/** Removes the tool from `element`. Resolves to whether there was one. */
export function unmount(element) {
  return loader.unmount(element);
}

const element = document.getElementById('referral-assistant');
if (element) mount(element);
