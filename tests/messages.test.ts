import { describe, expect, it } from 'vitest';
import { parseRequest } from '../src/extension/messages.js';
import { parseSettings } from '../src/extension/settings.js';

describe('messages between the extension’s parts', () => {
  it('accepts the requests it knows', () => {
    expect(parseRequest({ type: 'telltale:audit', disabled: ['elapsed-time'] })).toEqual({ type: 'telltale:audit', disabled: ['elapsed-time'] });
    expect(parseRequest({ type: 'telltale:clear' })).toEqual({ type: 'telltale:clear' });
    expect(parseRequest({ type: 'telltale:reveal-point', index: 3 })).toEqual({ type: 'telltale:reveal-point', index: 3 });
  });
  it.each([
    null,
    'telltale:audit',
    { type: 'telltale:audit' },
    { type: 'telltale:audit', disabled: ['rm -rf'] },
    { type: 'telltale:reveal', findingId: 'x'.repeat(1000) },
    { type: 'telltale:reveal-point', index: -1 },
    { type: 'telltale:reveal-point', index: 1.5 },
    { type: 'telltale:reveal-point', index: '2' },
    { type: 'something-else' },
  ])('rejects %j', (message) => {
    expect(parseRequest(message)).toBeNull();
  });
  it('reads stored settings defensively', () => {
    expect(parseSettings({ disabled: ['repeated-text'] })).toEqual(['repeated-text']);
    expect(parseSettings({ disabled: 'everything' })).toEqual([]);
    expect(parseSettings(undefined)).toEqual([]);
  });
});
