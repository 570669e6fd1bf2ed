/** Clears the toolbar badge when its tab navigates: the count belonged to the page that was audited. */
export default defineBackground(() => {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
});
