import { bylineMismatch } from '../../src/engine/checks/byline-mismatch.js';
import { describe, expect, it } from 'vitest';
import { ruleTester, runCheck } from '../helpers/rule-tester.js';

const body = 'The council approved the budget on Tuesday after a long debate.\n\nTaxes will rise by two percent.';

ruleTester(bylineMismatch, {
  valid: [
    {
      name: 'metadata name run together with the outlet in the visible byline',
      text: `By Hanna KaskNorthPost\n\n${body}`,
      metadata: { bylines: [{ name: 'Hanna Kask', source: 'json-ld', text: 'Hanna Kask' }] },
    },
    {
      name: 'visible name inside a longer metadata credit',
      text: `By Hanna Kask\n\n${body}`,
      metadata: {
        bylines: [
          {
            name: 'Hanna Kask. North Post International',
            source: 'meta',
            text: 'Hanna Kask. North Post International',
          },
        ],
      },
    },
    { name: 'bio matches byline', text: `By Iris Vogel\n\n${body}\n\nIris Vogel writes about culture and the arts.` },
    {
      name: 'a headed bio that matches the byline',
      text: `By Iris Vogel\n\n${body}\n\nAbout the author: Iris Vogel writes about culture and the arts.`,
    },
    { name: 'co-author bio', text: `By Iris Vogel and Tom Ek\n\n${body}\n\nTom Ek covers city hall.` },
    {
      name: 'middle name and diacritics',
      text: `By José Luis García\n\n${body}\n\nJose Garcia is a staff reporter at the Ledger.`,
    },
    { name: 'initial', text: `By J. Smith\n\n${body}\n\nJohn Smith reports on transport.` },
    {
      name: 'agency byline is not a name',
      text: `By Staff Reporter\n\n${body}\n\nMara Lind is an editor at the Ledger.`,
    },
    {
      name: 'a person the story is about',
      text:
        `By Iris Vogel\n\nMara Lind is an editor at the Ledger who broke the ` +
        `story.\n\n${body}\n\nMara Lind is an editor at the Ledger.`,
    },
    {
      name: 'agency parenthetical matches',
      text: `(Dave Marsh, Reuters) ${body}\n\nDave Marsh is a correspondent in Oslo.`,
    },
    {
      name: 'metadata agrees with the byline',
      text: `By Iris Vogel\n\n${body}`,
      metadata: { bylines: [{ name: 'Iris M. Vogel', source: 'json-ld', text: 'Iris M. Vogel' }] },
    },
  ],
  invalid: [
    {
      name: 'a bio under an "About the author" heading',
      text: `By Hanna Kask\n\n${body}\n\nAbout The Author: Marek Tamm writes about transport for the paper.`,
      findings: [
        {
          messageId: 'bioNamesAnother',
          severity: 'medium',
          evidence: ['Marek Tamm', 'By Hanna Kask'],
          data: { bio: 'Marek Tamm' },
          roles: ['claim', 'reference'],
        },
      ],
    },
    {
      name: 'bio names another author',
      text: `(Dana Rook, Example Wire) ${body}\n\nWill Porter is assistant news editor at the Example Institute.`,
      findings: [
        {
          messageId: 'bioNamesAnother',
          severity: 'medium',
          evidence: ['Will Porter', '(Dana Rook, Example Wire)'],
          data: { byline: 'Dana Rook', bio: 'Will Porter' },
        },
      ],
    },
    {
      name: 'covers',
      text: `By Hanna Kask\n\n${body}\n\nMarek Tamm reports on transport and city affairs.`,
      findings: [
        {
          messageId: 'bioNamesAnother',
          severity: 'medium',
          evidence: ['Marek Tamm', 'By Hanna Kask'],
          data: { byline: 'Hanna Kask', bio: 'Marek Tamm' },
        },
      ],
    },
    {
      name: 'metadata names another author than the visible byline',
      text: `By Hanna Kask\n\n${body}`,
      metadata: { bylines: [{ name: 'Olav Rand', source: 'meta', text: 'Olav Rand' }] },
      findings: [
        {
          messageId: 'metadataNamesAnother',
          severity: 'medium',
          evidence: ['By Hanna Kask', 'Olav Rand'],
          data: { metadata: 'Olav Rand', visible: 'Hanna Kask' },
          roles: ['-', '-'],
        },
      ],
    },
  ],
});

describe('byline-mismatch evidence', () => {
  it('a byline line carries its offsets from extraction', () => {
    const text = `By Hanna Kask\n\n${body}\n\nMarek Tamm reports on transport and city affairs.`;
    const { drafts } = runCheck(bylineMismatch, { text });
    expect(drafts[0]!.evidence.map((e) => e.start)).toEqual([text.indexOf('Marek'), 0]);
  });
});
