import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layOut } from '../src/engine/article.js';
import { auditPage, extractPage, readExpected, testPages } from './helpers/pages.js';

describe.each(testPages())('test page $name', (page) => {
  it('holds one source and its expected report', () => {
    expect(readdirSync(page.dir).sort()).toEqual(['expected.json', page.file].sort());
  });

  it('gives the expected dates, bylines, findings with their exact evidence, and clock', () => {
    const expected = readExpected(page);
    expect(expected, `no expected.json: run npm run test:update and review the file`).not.toBeNull();
    expect(auditPage(page)).toEqual(expected);
  });

  it('quotes each piece of evidence from where its offsets say', () => {
    const { text } = layOut(extractPage(page).paragraphs);
    for (const f of readExpected(page)?.findings ?? []) {
      for (const e of f.evidence)
        if (e.start !== null && e.end !== null) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
