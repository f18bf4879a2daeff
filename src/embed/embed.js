// The widget loader (copied into pkg/ by `make widget`). A host page adds
//   <div id="referral-assistant" data-config="/referral-assistant/config.json"></div>
//   <script type="module" src="/referral-assistant/embed.js"></script>
// This loads the WebAssembly next to this file and mounts the app in a shadow root inside the
// element, with the package's own stylesheet (also next to this file). Nothing else is fetched
// except the same-origin configuration file named by data-config.
import init, { mountReferralAssistant } from './referral_assistant.js';

await init();
mountReferralAssistant(new URL('referral-assistant.css', import.meta.url).href);
