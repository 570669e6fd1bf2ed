import { COMMANDS, keysOf, toolbarTitle } from '../src/extension/shortcuts.js';
import { setReaderLanguage } from '../src/views/i18n/reader.js';

/**
 * Clears the toolbar badge when its tab navigates (the count belonged to the page that was
 * audited), names the shortcut the browser really assigned in the toolbar's tooltip, and passes
 * the next/previous-finding shortcuts to the page, whose content script steps through its highlights.
 */
export default defineBackground(() => {
  // The toolbar's title in the browser's language, English where there is none.
  setReaderLanguage(browser.i18n.getUILanguage());
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void browser.action.setBadgeText({ tabId, text: '' });
      // Back to the tooltip every tab has: the one about an unread page belonged to that page too.
      void browser.action.getTitle({}).then((title) => browser.action.setTitle({ tabId, title }));
    }
  });
  // Firefox for Android has no keyboard shortcuts, nor the commands API.
  if (!browser.commands) return;
  void browser.commands
    .getAll()
    .then((all) => browser.action.setTitle({ title: toolbarTitle(keysOf(all, COMMANDS.audit)) }));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMANDS.next && command !== COMMANDS.previous) return;
    const step = async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      // No content script until the reader audits the page: then there is nothing to step through.
      if (id !== undefined)
        await browser.tabs
          .sendMessage(id, { type: 'telltale:step', by: command === COMMANDS.next ? 1 : -1 })
          .catch(() => undefined);
    };
    void step();
  });
});
