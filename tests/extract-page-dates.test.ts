import { describe, expect, it } from 'vitest';
import { extractHtmlString } from '../src/cli/extract-node.js';
import { NoArticleError } from '../src/extract/html.js';

/**
 * Issue 21: the page's own date, in every form a reader sees it. Each page here is written for
 * this test, in our own words; the forms are those real pages use.
 */
const PROSE = [
  'The harbour board approved the dredging of the northern channel after three years of ' +
    'consultation with the fishing fleet and the ferry operators.',
  'Work will start in the spring and last eighteen months, the board said, and the quay will stay ' +
    'open to the ferries while the dredgers work.',
  'Residents of the old town had asked for the works to be done at night, but the board said the ' +
    'tides made that impossible for most of the year.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

function page(parts: {
  head?: string;
  header?: string;
  body?: string;
  after?: string;
  title?: string;
  lang?: string;
  docTitle?: string;
}): string {
  const title = parts.title ?? 'Harbour board approves the dredging of the channel';
  const lang = parts.lang ? ` lang="${parts.lang}"` : '';
  const docTitle = parts.docTitle ?? `${title} | The Quay Courier`;
  return (
    `<!doctype html><html${lang}><head><title>${docTitle}</title>${parts.head ?? ''}</head><body>
    <main><article><h1>${title}</h1>${parts.header ?? ''}${parts.body ?? PROSE}</article>` +
    `${parts.after ?? ''}</main></body></html>`
  );
}
const published = (html: string) =>
  extractHtmlString(html, 'page.html')
    .dates.filter((d) => d.kind === 'published')
    .map((d) => `${d.value} ${d.source}`);

describe('metadata in the forms pages write it', () => {
  it.each(['article:published:time', 'article:published-time', 'article_published_time', 'Article:Published_Time'])(
    'a meta name that differs by punctuation: %s',
    (name) => {
      expect(published(page({ head: `<meta property="${name}" content="2024-03-05T08:00:00Z">` }))).toEqual([
        `2024-03-05 meta:article:published_time`,
      ]);
    },
  );

  it('JSON-LD wrapped in a CDATA comment', () => {
    const ld =
      `<script type="application/ld+json">//<![CDATA[\n` +
      `{"@type":"NewsArticle","datePublished":"2024-03-05T08:00:00Z"}\n//]]></script>`;
    expect(published(page({ head: ld }))).toEqual(['2024-03-05 json-ld']);
  });

  it('JSON-LD in an HTML comment or with a trailing comma', () => {
    const ld =
      `<script type="application/ld+json"><!-- ` + `{"@type":"NewsArticle","datePublished":"2024-03-05",} --></script>`;
    expect(published(page({ head: ld }))).toEqual(['2024-03-05 json-ld']);
  });

  it('<time itemprop="datePublished" datetime> in the header, with words that are not a whole date', () => {
    const header =
      '<div class="meta"><time itemprop="datePublished" datetime="2024-03-05T08:00:00+01:00">5 hours ago</time></div>';
    expect(published(page({ header }))).toEqual(['2024-03-05 time']);
  });

  it('<time itemprop="datePublished"> just above the headline, in the same header', () => {
    const html =
      `<!doctype html><html lang="de"><head><title>Hafen wird ` +
      `ausgebaggert</title></head><body><main><article>
      <header><div class="kicker">Hafen <time itemprop="datePublished" ` +
      `datetime="2024-03-05T08:00:00+01:00">5. März 2024</time></div>
      <h1>Hafen wird ausgebaggert</h1></header>${PROSE}</article></main></body></html>`;
    expect(published(html)).toEqual(['2024-03-05 time']);
  });

  it('a date above the headline but outside its header is not the page date', () => {
    const html = `<!doctype html><html lang="de"><head><title>Hafen wird ausgebaggert</title></head><body><main>
      <div class="ticker"><span class="date">01.02.2020</span> Eilmeldung aus dem Rathaus</div>
      <article><header><h1>Hafen wird ausgebaggert</h1></header>${PROSE}</article></main></body></html>`;
    expect(published(html)).toEqual([]);
  });

  it('a date only in the document title', () => {
    expect(published(page({ docTitle: 'Hafen wird ausgebaggert | Nachrichten | 14.03.2023', lang: 'de' }))).toEqual([
      '2023-03-14 title',
    ]);
  });

  it('a date in the title of a page that gives another date elsewhere is left to that date', () => {
    const head = '<meta property="article:published_time" content="2024-03-05T08:00:00Z">';
    expect(published(page({ head, docTitle: 'Hafen | 14.03.2023' }))).toEqual([
      '2024-03-05 meta:article:published_time',
    ]);
  });
});

describe("visible dates in the header, in the page's language", () => {
  it.each([
    ['de', 'Mi 12.06.24 | 09:15 Uhr', '2024-06-12'],
    ['de', 'erstellt: 03. Mai 2025', '2025-05-03'],
    ['de', 'Veröffentlicht am 4. März 2024, 10:30 Uhr', '2024-03-04'],
    ['tr', '12.06.2025 - Güncelleme: 12.06.2025', '2025-06-12'],
    ['fr', 'publié le 3 mars 2024', '2024-03-03'],
    ['fr', 'Publié le 03/04/2024 à 10h15', '2024-04-03'],
    ['ru', '3 марта 2024', '2024-03-03'],
    ['ru', 'Опубликовано: 14 февраля 2023, 12:05', '2023-02-14'],
    ['es', 'Publicado el 5 de abril de 2024', '2024-04-05'],
    ['it', 'Pubblicato il 5 aprile 2024', '2024-04-05'],
    ['pt', '5 de abril de 2024', '2024-04-05'],
    ['nl', 'Gepubliceerd op 5 april 2024', '2024-04-05'],
    ['uk', '5 квітня 2024', '2024-04-05'],
    ['pl', '5 kwietnia 2024', '2024-04-05'],
    ['en-GB', '03/04/2024', '2024-04-03'],
    ['en-US', '03/04/2024', '2024-03-04'],
  ])('%s: %s', (lang, line, value) => {
    expect(published(page({ lang, header: `<div class="article-date">${line}</div>` }))).toEqual([`${value} dateline`]);
  });

  it('an update date beside the publication date is an update', () => {
    const html = page({ lang: 'tr', header: '<div class="date">12.06.2025 - Güncelleme: 13.06.2025</div>' });
    expect(extractHtmlString(html, 'p').dates.map((d) => `${d.value} ${d.kind}`)).toEqual([
      '2025-06-12 published',
      '2025-06-13 modified',
    ]);
  });

  it('a date that could be either order on a page of no declared language is none', () => {
    expect(published(page({ header: '<div class="article-date">03/04/2024</div>' }))).toEqual([]);
  });

  it.each([
    ['a related-story card', '<aside class="related"><div class="date">3 marca 2021</div></aside>'],
    ['a comment', '<div class="comments"><span class="date">12.06.2020</span></div>'],
    ['a sidebar list item', '<ul><li><span class="date">publié le 2 mars 2019</span></li></ul>'],
  ])('a date in %s is not the page date', (_, after) => {
    expect(published(page({ lang: 'fr', after }))).toEqual([]);
  });
});

describe('pages with an article that Readability must find', () => {
  const paras = Array.from(
    { length: 13 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report on the harbour works tells how the board, the fishing ` +
      `fleet and the ferry operators agreed on the dredging of the northern channel, which will ` +
      `take eighteen months.</p>`,
  ).join('\n');
  const nav = `<nav><ul>${Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/s${i}">Section ` + `number ${i} of the site with its long name</a></li>`,
  ).join('')}</ul></nav>`;
  const site = (box: string) =>
    `<!doctype html><html lang="en"><head><title>Harbour works ` +
    `agreed</title></head><body>${nav}<div class="site">${box}</div></body></html>`;

  // Readability strips a box whose class sounds like furniture before it scores anything, and then takes the
  // navigation.
  it.each(['text-header', 'c-social-text', 'detail-sponsor', 'pager-text', 'sidebar-x'])(
    'thirteen ordinary paragraphs inside a div of its own class: %s',
    (cls) => {
      const input = extractHtmlString(site(`<div class="${cls}">${paras}</div>`), 'page.html');
      expect(input.paragraphs.filter((p) => p.startsWith('Paragraph'))).toHaveLength(13);
    },
  );

  // Each word of Readability's furniture rule, as the class of a story's box.
  it.each([
    '-ad-',
    'ai2html',
    'banner',
    'breadcrumbs',
    'combx',
    'cover-wrap',
    'extra',
    'footer',
    'gdpr',
    'header',
    'legends',
    'menu',
    'related',
    'rss',
    'shoutbox',
    'sidebar',
    'skyscraper',
    'social',
    'sponsor',
    'supplemental',
    'ad-break',
    'agegate',
    'pagination',
    'pager',
    'popup',
    'yom-remote',
  ])('a story box whose class holds "%s"', (word) => {
    const input = extractHtmlString(site(`<div class="x${word}x">${paras}</div>`), 'page.html');
    expect(input.paragraphs.filter((p) => p.startsWith('Paragraph'))).toHaveLength(13);
  });
  it.each(['comment', 'community', 'disqus', 'remark', 'replies'])(
    'a box whose class holds "%s" is a thread, not rescued',
    (word) => {
      expect(() => extractHtmlString(site(`<div class="x${word}x">${paras}</div>`), 'page.html')).toThrow(
        NoArticleError,
      );
    },
  );

  it('the same inside an outer box of such a class', () => {
    const input = extractHtmlString(
      site(`<div class="page-header-wrap"><div class="story">${paras}</div></div>`),
      'page.html',
    );
    expect(input.paragraphs.filter((p) => p.startsWith('Paragraph'))).toHaveLength(13);
  });

  it("a thread of readers' comments is never taken for the story", () => {
    expect(() => extractHtmlString(site(`<div class="comment-thread">${paras}</div>`), 'page.html')).toThrow(
      NoArticleError,
    );
  });

  it('an article that exists only as data in a script: refused, and the error says why', () => {
    const html =
      `<!doctype html><html><head><title>Harbour works agreed</title></head><body><div ` +
      `id="root"></div><script>window.__STATE__ ` +
      `= ${JSON.stringify({
        article: {
          body: (
            'The harbour board approved the dredging of the ' + 'northern channel after three years of consultation. '
          ).repeat(20),
        },
      })};</script></body></html>`;
    expect(() => extractHtmlString(html, 'page.html')).toThrow(NoArticleError);
    expect(() => extractHtmlString(html, 'page.html')).toThrow(/only in the data of a script/);
  });

  it('a page with no article and a script of code, not prose, is refused without that reason', () => {
    const html =
      `<!doctype html><html><head><title>Menu</title></head><body><nav><a ` +
      `href="/a">Home</a></nav><script>var config = {"a":1,"b":[${'1,'.repeat(900)}2]};</script></body></html>`;
    expect(() => extractHtmlString(html, 'page.html')).toThrow(/^no article found in page\.html$/);
  });
});
