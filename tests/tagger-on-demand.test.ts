import { afterEach, describe, expect, it } from 'vitest';
import { tagPastTense } from '../src/engine/text/tagger.js';
import { tagPastTense as onDemand, taggerWasMissing } from '../src/extension/tagger-on-demand.js';

describe('the tagger in the content script, loaded on demand', () => {
  afterEach(() => {
    globalThis.__telltaleTagger = undefined;
    taggerWasMissing();
  });

  it('answers nothing and says it was asked while the tagger is not there', () => {
    expect(taggerWasMissing()).toBe(false);
    expect(onDemand('The pier shut on Monday.')).toEqual([]);
    expect(taggerWasMissing()).toBe(true);
    expect(taggerWasMissing()).toBe(false);
  });

  it('reads as the engine does once the tagger script has set it', () => {
    globalThis.__telltaleTagger = tagPastTense;
    expect(onDemand('The pier shut on Monday.')).toEqual(tagPastTense('The pier shut on Monday.'));
    expect(onDemand('The pier shut on Monday.')).toContain('shut');
    expect(taggerWasMissing()).toBe(false);
  });
});
