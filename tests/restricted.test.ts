import { describe, expect, it } from 'vitest';
import { isRestricted } from '../src/extension/restricted.js';

describe('pages the browser does not let extensions read', () => {
  it.each([
    'chrome://version',
    'about:addons',
    'edge://settings',
    'moz-extension://6f2b4a52/popup.html',
    'chrome-extension://abc/popup.html',
    'view-source:https://news.example/a',
    'https://chromewebstore.google.com/detail/x/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'https://microsoftedge.microsoft.com/addons/detail/abc',
    'https://news.example/report.pdf',
    'https://news.example/report.PDF?download=1',
    undefined,
  ])('%s is restricted', (url) => expect(isRestricted(url)).toBe(true));

  it.each([
    'https://news.example/2024/03/ferry-strike',
    'http://127.0.0.1:8080/pages/a.html',
    'file:///home/reader/saved/article.html',
    'https://news.example/pdf-reader-review',
    'https://addons.example.org/news',
  ])('%s can be audited', (url) => expect(isRestricted(url)).toBe(false));
});
