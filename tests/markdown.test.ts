import { describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { extractText } from '../src/extract/text.js';
import { escapeMarkdown, reportToMarkdown } from '../src/views/markdown.js';

const article =
  `Published: March 3, 2025

Ferry strike drags on

The ferry service began in May 2019. Since the strike 14 months ago, no ferry has sailed, officials ` +
  `said. The strike began in February 2022 after a fare rise. Ridership is expected to recover well ` +
  `into 2023, the operator wrote.`;

describe('the Markdown report', () => {
  const report = audit(extractText(article, 'https://news.example/ferry'));
  const md = reportToMarkdown(report);

  it('opens with the title, the address and the dates', () => {
    expect(md.split('\n')[0]).toBe('# Telltale report: Ferry strike drags on');
    expect(md).toContain('Page: <https://news.example/ferry>');
    expect(md).toContain('- Publication date: March 3, 2025, at the top of the article');
    expect(md).toMatch(/- Written, by its own time claims: \w+ \d+, 2023 – \w+ \d+, 2023 \(\d of \d claims agree\)/);
  });

  it('lists each finding with its sentence quoted and the offending words in bold', () => {
    expect(md).toContain('## High');
    expect(md).toContain('> Ridership **is expected to recover well into 2023**, the operator wrote.');
    expect(md.match(/^### /gm)?.length).toBe(report.findings.length);
  });

  it('keeps page text as text', () => {
    expect(escapeMarkdown('[click](javascript:alert(1)) <img src=x> *bold* # head')).toBe(
      '\\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x\\> \\*bold\\* \\# head',
    );
    const hostile = audit({ ...extractText(article, 'x'), title: '<script>alert(1)</script> [x](y)' });
    expect(reportToMarkdown(hostile)).toContain(
      '# Telltale report: \\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(y\\)',
    );
  });
});
