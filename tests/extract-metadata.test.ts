import { describe, expect, it } from 'vitest';
import { extractHtmlString } from '../src/cli/extract-node.js';
import { NoArticleError } from '../src/extract/html.js';
import { parseDateline } from '../src/engine/time/dateline.js';
import { dayOf, toISO } from '../src/engine/time/calendar.js';

/**
 * What a page says about itself, read as a real page says it: the causes of false alarms found on
 * real news pages, each written here in general terms with our own words.
 */
const PROSE = [
  'The harbour board approved the dredging of the northern channel on Tuesday, after three years of ' +
    'consultation with the fishing fleet and the ferry operators.',
  'Work will start in the spring and last eighteen months, the board said, and the quay will stay ' +
    'open to the ferries while the dredgers work.',
  'Residents of the old town had asked for the works to be done at night, but the board said the ' +
    'tides made that impossible for most of the year.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

function page(parts: { head?: string; header?: string; body?: string; after?: string; title?: string }): string {
  const title = parts.title ?? 'Harbour board approves the dredging of the channel';
  return (
    `<!doctype html><html><head><title>${title} | The Quay Courier</title>${parts.head ?? ''}</head><body>
    <main><article><h1>${title}</h1>${parts.header ?? ''}${parts.body ?? PROSE}</article>` +
    `${parts.after ?? ''}</main></body></html>`
  );
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const datesOf = (html: string) =>
  extractHtmlString(html, 'page.html').dates.map((d) => `${d.value} ${d.kind} ${d.source}`);
const bylinesOf = (html: string) => extractHtmlString(html, 'page.html').bylines.map((b) => `${b.name} (${b.source})`);

describe('placeholder, impossible and relative dates are no publication dates', () => {
  it('an empty JSON-LD placeholder (year 1) is left out, not read as 1901', () => {
    const html = page({
      head: ld({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z', dateModified: '0001-01-01T00:00:00Z' }),
      header: '<p class="dateline">Published 10:02 AM EST Nov 19, 2019</p>',
    });
    expect(datesOf(html)).toEqual(['2019-11-19 published dateline']);
  });
  it('the zero of a clock (the Unix epoch) is a placeholder', () => {
    expect(datesOf(page({ head: '<meta property="article:published_time" content="1970-01-01T00:00:00Z">' }))).toEqual(
      [],
    );
  });
  it.each(['Published 1 day ago', '6 hours ago', 'Updated yesterday at 4:10 pm', 'Posted today'])(
    'a relative dateline: %s',
    (line) => {
      expect(parseDateline(line, 'dateline')).toEqual([]);
      expect(datesOf(page({ header: `<p class="dateline">${line}</p>` }))).toEqual([]);
    },
  );
  it('years before 100 are counted as written, not as 1900 and after', () => {
    expect(toISO(dayOf(1, 1, 1))).toBe('0001-01-01');
    expect(toISO(dayOf(99, 12, 31))).toBe('0099-12-31');
  });
});

describe("the page's own article in JSON-LD", () => {
  it('a video object without a date does not hide the article that has one', () => {
    const html = page({
      head: ld([
        { '@type': 'VideoObject', name: 'Clip' },
        { '@type': 'ReportageNewsArticle', datePublished: '2019-11-19T10:00:00Z' },
      ]),
    });
    expect(datesOf(html)).toEqual(['2019-11-19 published json-ld']);
  });
  it.each(['BlogPosting', 'ClaimReview', 'MedicalWebPage', 'ReportageNewsArticle'])('%s inside an @graph', (type) => {
    const html = page({
      head: ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'The Quay Courier' },
          { '@type': type, datePublished: '2019-11-19' },
        ],
      }),
    });
    expect(datesOf(html)).toEqual(['2019-11-19 published json-ld']);
  });
  it("another story's object (its mainEntityOfPage points elsewhere) loses to this page's", () => {
    const head =
      '<link rel="canonical" href="https://courier.example/harbour/dredging">' +
      ld([
        {
          '@type': 'NewsArticle',
          mainEntityOfPage: 'https://courier.example/sport/regatta',
          datePublished: '2016-03-01',
        },
        {
          '@type': 'NewsArticle',
          mainEntityOfPage: { '@id': 'https://courier.example/harbour/dredging/' },
          datePublished: '2019-11-19',
        },
      ]);
    expect(datesOf(page({ head }))).toEqual(['2019-11-19 published json-ld']);
  });
  it('an author name escaped twice is read whole', () => {
    const html = page({
      head: ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Sean O&#039;Brien' } }),
    });
    expect(bylinesOf(html)).toContain("Sean O'Brien (json-ld)");
  });
  it("the publisher's own name as a JSON-LD author is not a person", () => {
    const site = '<meta property="og:site_name" content="The Quay Courier">';
    expect(bylinesOf(page({ head: site + ld({ '@type': 'NewsArticle', author: 'The Quay Courier' }) }))).toEqual([]);
    const person = { '@type': 'Person', name: 'Quay Courier' };
    expect(bylinesOf(page({ head: site + ld({ '@type': 'NewsArticle', author: person }) }))).toEqual([]);
  });
  it('an Organization credited as author is the publisher, not a byline', () => {
    const html = page({
      head: ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Quay Courier Staff' } }),
    });
    expect(bylinesOf(html)).toEqual([]);
  });
});

describe('meta tags and microdata', () => {
  it("the publisher's name in meta author is not a person", () => {
    const html = page({
      head: '<meta property="og:site_name" content="The Quay Courier"><meta name="author" content="The Quay Courier">',
    });
    expect(bylinesOf(html)).toEqual([]);
  });
  it('a time element whose text has no year is read from its datetime', () => {
    const html = page({ header: '<time itemprop="datePublished" datetime="2019-11-19T08:00:00Z">Nov. 19</time>' });
    expect(datesOf(html)).toEqual(['2019-11-19 published time']);
  });
  it("a dateModified inside another story's item (its url points elsewhere) is not this page's", () => {
    const head = '<link rel="canonical" href="https://courier.example/harbour/dredging">';
    const after =
      `<div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="url" ` +
      `href="https://courier.example/sport/regatta">Regatta cancelled</a>
      <meta itemprop="dateModified" content="2016-03-02"></div>`;
    expect(datesOf(page({ head, after }))).toEqual([]);
  });
});

describe("only the article's own header gives datelines", () => {
  const teasers = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<div class="post"><h2 class="post-title"><a ` +
        `href="/2016/0${i + 1}/other-story-${i}.html">Another story number ${i}</a></h2>
      <div class="post-meta"><span class="post-date published">March 0${i + 1}, 2016</span></div></div>`,
    ).join('\n');
  it("dates on other stories' teasers after a short article are not datelines", () => {
    const html = page({
      header: '<div class="post-meta"><span class="post-date published">October 06, 2018</span></div>',
      body: '<p>The new photographs show the actress at the festival.</p>',
      after: teasers(5),
    });
    expect(datesOf(html)).toEqual(['2018-10-06 published dateline']);
  });
  it('a list titled as other stories is not the header, even right after the headline', () => {
    const html = page({ header: '<h3>Most popular</h3><p class="date">March 1, 2016</p>' });
    expect(datesOf(html)).toEqual([]);
  });
  it('a date above the headline (a trending bar) is not the dateline', () => {
    const html =
      `<html><head><title>Harbour board approves the dredging of the ` +
      `channel</title></head><body><div class="bar"><span class="date">March 1, 2016</span></div>
      <article><h1>Harbour board approves the dredging of the channel</h1><p ` +
      `class="dateline">November 19, 2019</p>${PROSE}</article></body></html>`;
    expect(datesOf(html)).toEqual(['2019-11-19 published dateline']);
  });
  it("the date of a clip in the lead figure is the clip's, not the article's", () => {
    const header = '<p class="dateline">November 19, 2019</p>';
    const clipDate = '<time datetime="2016-03-01">March 1, 2016</time>';
    const own = ['2019-11-19 published dateline'];
    expect(datesOf(page({ header: `<figure><video></video>${clipDate}</figure>${header}` }))).toEqual(own);
    expect(datesOf(page({ header: `<div class="media-player">${clipDate}</div>${header}` }))).toEqual(own);
    expect(datesOf(page({ header: `<div class="video-player">${clipDate}</div>${header}` }))).toEqual(own);
    expect(datesOf(page({ header: `<div class="audio-player">${clipDate}</div>${header}` }))).toEqual(own);
    expect(datesOf(page({ header: `<audio src="a.mp3">${clipDate}</audio>${header}` }))).toEqual(own);
    expect(datesOf(page({ header: `<video>${clipDate}</video>${header}` }))).toEqual(own);
  });
  it('a date after the start of the story is not the dateline', () => {
    const html = page({ body: `${PROSE}<p class="date">March 1, 2016</p>` });
    expect(datesOf(html)).toEqual([]);
  });
});

describe('a dateline the story runs on from', () => {
  it("is read from the article's first paragraph", () => {
    const body =
      `<p>(Wire) Monday 4 Feb 2020 - The central bank raised its main rate by a quarter ` +
      `point on Monday, the first rise in three years, and said more would follow.</p>${PROSE}`;
    expect(datesOf(page({ body }))).toEqual(['2020-02-04 published dateline']);
  });
  it('not when the header already gives one', () => {
    const body =
      `<p>(Wire) Monday 4 Feb 2020 - The central bank raised its main rate by a quarter ` +
      `point on Monday, the first rise in three years, and said more would follow.</p>${PROSE}`;
    expect(datesOf(page({ header: '<p class="dateline">February 4, 2020</p>', body }))).toEqual([
      '2020-02-04 published dateline',
    ]);
  });
});

describe('articles in languages written without spaces', () => {
  it('a Japanese article is an article', () => {
    const body =
      '<p>港湾局は火曜日、北側航路のしゅんせつ工事を承認した。漁業者やフェリー会社との三年間にわたる協議を経ての決定で、工事は春に始まり十八か月続く見込みだという。</p>'.repeat(
        2,
      );
    expect(() => extractHtmlString(page({ title: '港湾局、航路のしゅんせつを承認', body }), 'ja.html')).not.toThrow();
  });
  it('a page of navigation is still no article', () => {
    expect(() =>
      extractHtmlString(
        '<html><body><nav><a href="/">ホーム</a> <a href="/a">ニュース</a></nav></body></html>',
        'nav.html',
      ),
    ).toThrow(NoArticleError);
  });
});

describe("a live blog's post times are not the article's dateline", () => {
  const post = (day: number, hour: string, words: string) =>
    `<div class="live-post"><time datetime="2023-03-0${day}T${hour}:00:00Z">March ${day}, ` +
    `2023, ${hour}:00</time><p>${words}</p></div>`;
  const posts = [
    post(6, '08', 'Power has been restored to most homes on the north shore, the utility said.'),
    post(4, '22', 'The storm made landfall just after nine in the evening, with strong winds.'),
    post(3, '06', 'Forecasters expect the storm to reach the coast by nightfall, the office said.'),
  ].join('\n');
  it('the times of posts alike are left out, the header date stays', () => {
    const html = page({ header: '<time datetime="2023-03-03">March 3, 2023</time>', body: posts });
    expect(datesOf(html)).toEqual(['2023-03-03 published time']);
    expect(extractHtmlString(html, 'page.html').paragraphs.some((p) => p.startsWith('March 6, 2023'))).toBe(false);
  });
  it('a date inside a sentence is told, not a dateline, and stays in the text', () => {
    const block = (d: string) =>
      `<div class="text-block"><p>The old plant opened on <time datetime="${d}">${d}</time>, and it ` +
      `gave work to four hundred people.</p></div>`;
    const html = page({
      header: '<time datetime="2023-03-03">March 3, 2023</time>',
      body: ['1998-03-03', '2015-06-30', '2023-01-09'].map(block).join(''),
    });
    expect(datesOf(html)).toEqual(['2023-03-03 published time']);
    expect(
      extractHtmlString(html, 'page.html').paragraphs.filter(
        (p) => p.includes('opened on 19') || p.includes('opened on 20'),
      ),
    ).toHaveLength(3);
  });
  it('a byline row shown above and below the story is two of a kind, not posts: its date stays', () => {
    const row =
      '<div class="meta-row"><p>By Ann Lee, harbour correspondent for the Courier | <time ' +
      'datetime="2023-03-03">March 3, 2023</time></p></div>';
    const html = page({ header: row, body: `${PROSE}${row}` });
    expect(datesOf(html)).toEqual(['2023-03-03 published time']);
  });
});

describe('a dateline in figures is read as the page writes it', () => {
  it.each([
    ['dots are day first', '03.04.2023 09:00', ['2023-04-03 published dateline']],
    ['a first number over 12 is the day', '13/04/2023', ['2023-04-13 published dateline']],
    ['a second number over 12 is the day', '04/13/2023', ['2023-04-13 published dateline']],
    ['either reading possible: no dateline', '03/04/2023', []],
  ])('%s', (_, shown, expected) => {
    expect(datesOf(page({ header: `<p class="date">${shown}</p>` }))).toEqual(expected);
  });
});
