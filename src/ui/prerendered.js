// In index.html right after the built-in start page (scripts/prerender.mjs), until the app has
// started and taken that page's place (src/ui/prerendered.rs). Meanwhile: the contrast the
// system asks for; a control pressed is kept for the app to press again once it has started;
// Exit this page, and Shift pressed 3 times within 5 seconds, leave at once (nothing has been
// entered yet, so there is nothing to clear); and if the app cannot start (its WebAssembly
// could not be fetched, say, or a network blocks it), the page says so. That wording is here,
// not in src/content/, because it shows exactly when the app's own code is not running.
(() => {
  const page = document.currentScript.previousElementSibling;
  if (matchMedia('(prefers-contrast: more)').matches) {
    page.classList.replace('app-contrast-standard', 'app-contrast-high');
    page.querySelector('button[aria-pressed]')?.setAttribute('aria-pressed', 'true');
  }
  const waiting = () => page.isConnected;
  const exit = page.querySelector('.govuk-exit-this-page__button');
  const leave = () => location.replace(exit.href);
  document.addEventListener('click', (event) => {
    // A click with a modifier (open in a new tab, say) is the browser's own.
    if (!waiting() || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const control = event.target.closest?.('a, button');
    if (!control || !page.contains(control)) return;
    event.preventDefault();
    if (control === exit) leave();
    else window.appEarlyPress = [...page.querySelectorAll('a, button')].indexOf(control);
  }, true);
  const failed = () => {
    if (!waiting() || page.querySelector('.app-start-failed')) return;
    const notice = document.createElement('div');
    notice.className = 'govuk-error-summary app-start-failed';
    notice.setAttribute('role', 'alert');
    notice.tabIndex = -1;
    notice.innerHTML = '<h2 class="govuk-error-summary__title">There is a problem with the service</h2>'
      + '<div class="govuk-error-summary__body"><p class="govuk-body">The page could not finish loading. Check your internet connection and reload the page. If a child is in immediate danger, call 999.</p></div>';
    page.querySelector('main .govuk-grid-column-two-thirds').prepend(notice);
    notice.focus();
  };
  window.appCompiledModule?.catch(failed);
  addEventListener('unhandledrejection', failed);
  addEventListener('error', (event) => { if (event.error) failed(); });
  // As src/ui/quick_exit.rs: Shift on its own; any other key starts the count again.
  let presses = [];
  let otherKey = false;
  addEventListener('keydown', (event) => {
    otherKey = event.key !== 'Shift';
    if (otherKey) presses = [];
  }, true);
  addEventListener('keyup', (event) => {
    if (!waiting() || event.key !== 'Shift' || otherKey) return;
    presses = presses.filter((time) => event.timeStamp - time < 5000);
    presses.push(event.timeStamp);
    if (presses.length >= 3) leave();
  }, true);
})();
