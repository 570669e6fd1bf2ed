import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readHighlights, root } from './harness.js';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'telltale@telltale.invalid';
/** Pinned so that the test can open moz-extension://UUID/popup.html. */
export const UUID = '6f2b4a52-7e1c-4d7e-9a55-2b1f3c7d8e90';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Debian's Firefox ESR, headless, with the Firefox build installed over WebDriver BiDi. */
export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // System access lets the test press the toolbar button from the browser's own window.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(path.join(root, '.output', 'firefox-mv3'));
  return browser;
}

/**
 * Presses the toolbar button for the selected tab, as a person would: Firefox's own
 * `triggerAction`, run in the browser window through BiDi, grants activeTab exactly as a click
 * does. Returns the tab's id as the extension knows it.
 */
export async function clickToolbarFirefox(browser: Browser): Promise<number> {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: Array<{ context: string; url: string }>;
  };
  const window = tree.contexts.find((c) => c.url.startsWith('chrome://browser/'));
  if (!window) throw new Error('no browser window in the chrome scope');
  const reply = (await bidi.send('script.evaluate', {
    target: { context: window.context },
    awaitPromise: true,
    expression: `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ADDON_ID)});
      const action = ExtensionParent.apiManager.global.browserActionFor(extension);
      const tab = window.gBrowser.selectedTab;
      // A press while the previous popup is still open only closes it, as a second click would.
      await action.triggerAction(window);
      if (!extension.tabManager.hasActiveTabPermission(tab)) await action.triggerAction(window);
      if (!extension.tabManager.hasActiveTabPermission(tab)) throw new Error('activeTab was not granted');
      return ExtensionParent.apiManager.global.tabTracker.getId(tab);
    })()`,
  })) as { result: { type: string; result?: { value: number }; exceptionDetails?: { text: string } } };
  if (reply.result.type !== 'success') throw new Error(`triggerAction failed: ${reply.result.exceptionDetails?.text}`);
  return reply.result.result!.value;
}

/** The popup as a page for the given tab. The navigation is not awaited: Firefox does not report it as a load. */
export async function openPopupFirefox(browser: Browser, tabId: number, watch?: (popup: Page) => void): Promise<Page> {
  const popup = await browser.newPage();
  watch?.(popup);
  await popup.setViewport({ width: 420, height: 760 });
  void popup.goto(`moz-extension://${UUID}/popup.html?tab=${tabId}`).catch(() => undefined);
  // Polled by hand: an evaluation that meets the navigation half-way fails, and is simply tried again.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const state = await popup
      .evaluate(() =>
        location.protocol === 'moz-extension:' && document.readyState === 'complete'
          ? document.querySelector('main')?.dataset.state
          : null,
      )
      .catch(() => null);
    if (state === 'done' || state === 'final') return popup;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the popup did not finish within 30 s');
}

export function highlightTextsFirefox(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readHighlights);
}

/** Runs an expression in the browser window's own (privileged) scope: prefs, the clipboard, the window's keys. */
export async function inChrome(browser: Browser, expression: string): Promise<unknown> {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: Array<{ context: string; url: string }>;
  };
  const window = tree.contexts.find((c) => c.url.startsWith('chrome://browser/'));
  if (!window) throw new Error('no browser window in the chrome scope');
  const reply = (await bidi.send('script.evaluate', {
    target: { context: window.context },
    awaitPromise: true,
    expression,
  })) as {
    result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  };
  if (reply.result.type !== 'success')
    throw new Error(`chrome evaluation failed: ${reply.result.exceptionDetails?.text}`);
  return reply.result.result?.value;
}
