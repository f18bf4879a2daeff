// The host side of iframe embedding: sizes the tool's iframe to the height the tool reports.
// Only a message from the tool's own origin (that of the iframe's src), sent by that iframe,
// with the expected shape, is believed; anything else is ignored.
(() => {
  const frame = document.querySelector('iframe.tool-frame');
  if (!frame) return;
  const toolOrigin = new URL(frame.src, window.location.href).origin;
  window.addEventListener('message', (event) => {
    if (event.origin !== toolOrigin || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || data.type !== 'referral-assistant:height') return;
    if (!Number.isInteger(data.height) || data.height < 100 || data.height > 50000) return;
    frame.style.height = `${data.height}px`; // CSSOM, allowed by style-src 'self'
  });
})();
