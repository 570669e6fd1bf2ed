import { describe, expect, it } from 'vitest';
import {
  dismissedOn,
  findingKey,
  MAX_PAGES,
  pageKey,
  parseDismissed,
  withDismissed,
} from '../src/extension/dismissed.js';
import { parseRequest } from '../src/extension/messages.js';
import { fingerprint } from '../src/engine/text/fingerprint.js';
import { keysOf, toolbarTitle } from '../src/extension/shortcuts.js';

const finding = {
  check: 'weekday-mismatch' as const,
  messageId: 'wrongWeekday',
  evidence: [{ text: 'Monday, March 5, 2024', sentence: 'It opened on Monday, March 5, 2024.', start: 13, end: 34 }],
};

describe('dismissed findings', () => {
  it('are kept as fingerprints, never as the address or the words', () => {
    const store = withDismissed({}, 'https://news.example/a#comments', [findingKey(finding)], true);
    const text = JSON.stringify(store);
    expect(text).not.toMatch(/news\.example|Monday/);
    expect(Object.keys(store)).toEqual([pageKey('https://news.example/a')]);
    expect(dismissedOn(store, 'https://news.example/a').has(findingKey(finding))).toBe(true);
    expect(dismissedOn(store, 'https://news.example/b').size).toBe(0);
  });

  it('know a finding again by what it says and quotes, whatever its id or offsets', () => {
    expect(findingKey({ ...finding, evidence: [{ ...finding.evidence[0]!, start: 500, end: 521 }] })).toBe(
      findingKey(finding),
    );
    expect(findingKey({ ...finding, messageId: 'other' })).not.toBe(findingKey(finding));
    expect(findingKey({ ...finding, evidence: [{ ...finding.evidence[0]!, text: 'Monday' }] })).not.toBe(
      findingKey(finding),
    );
  });

  it('are restored, and a page with none left is forgotten', () => {
    const key = findingKey(finding);
    const on = withDismissed({}, 'https://a.example/', [key], true);
    expect(withDismissed(on, 'https://a.example/', [key], false)).toEqual({});
  });

  it('remember at most MAX_PAGES pages, forgetting the oldest', () => {
    let store = {};
    for (let i = 0; i <= MAX_PAGES; i++)
      store = withDismissed(store, `https://a.example/${i}`, [fingerprint(String(i))], true);
    expect(Object.keys(store)).toHaveLength(MAX_PAGES);
    expect(dismissedOn(store, 'https://a.example/0').size).toBe(0);
    expect(dismissedOn(store, `https://a.example/${MAX_PAGES}`).size).toBe(1);
  });

  it('read what is stored defensively', () => {
    expect(parseDismissed({ [fingerprint('x')]: [fingerprint('y')] })).toEqual({
      [fingerprint('x')]: [fingerprint('y')],
    });
    for (const bad of [null, 'x', { page: ['y'] }, { [fingerprint('x')]: ['<script>'] }, { [fingerprint('x')]: 'y' }])
      expect(parseDismissed(bad)).toEqual({});
  });

  it('fingerprints are 16 hex digits and tell near texts apart', () => {
    expect(fingerprint('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(['a', 'b', 'ab', 'ba', '', 'a '].map(fingerprint)).size).toBe(6);
  });
});

describe('shortcuts and the step message', () => {
  it('names the key the browser assigned, or none', () => {
    expect(keysOf([{ name: '_execute_action', shortcut: 'Alt+Shift+U' }], '_execute_action')).toBe('Alt+Shift+U');
    expect(keysOf([{ name: '_execute_action', shortcut: '' }], '_execute_action')).toBeUndefined();
    expect(toolbarTitle('Alt+Shift+U')).toBe('Audit this article (Alt+Shift+U)');
    expect(toolbarTitle(undefined)).toBe('Audit this article');
  });

  it('accepts a step of one either way, and nothing else', () => {
    expect(parseRequest({ type: 'telltale:step', by: 1 })).toEqual({ type: 'telltale:step', by: 1 });
    expect(parseRequest({ type: 'telltale:step', by: -1 })).toEqual({ type: 'telltale:step', by: -1 });
    for (const by of [0, 2, '1', null]) expect(parseRequest({ type: 'telltale:step', by })).toBeNull();
  });
});
