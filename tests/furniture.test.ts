import { describe, expect, it } from 'vitest';
import { extractHtmlString } from '../src/cli/extract-node.js';

/** Page furniture Readability keeps inside the article is not the article: no check may quote it. */
const PROSE = [
  'The harbour board approved the dredging of the northern channel on Tuesday, after three years of ' +
    'consultation with the fishing fleet and the ferry operators.',
  'Work will start in the spring and last eighteen months, the board said, and the quay will stay ' +
    'open to the ferries while the dredgers work.',
  'Residents of the old town had asked for the works to be done at night, but the board said the ' +
    'tides made that impossible for most of the year.',
];
const article = (inside: string, at = 1) => {
  const ps = PROSE.map((p) => `<p>${p}</p>`);
  ps.splice(at, 0, inside);
  return (
    `<html><head><title>Harbour dredging approved</title><link rel="canonical" ` +
    `href="https://courier.example/harbour/dredging"></head>
    <body><article><h1>Harbour dredging approved</h1>${ps.join('\n')}</article></body></html>`
  );
};
const paragraphs = (html: string) => extractHtmlString(html, 'page.html').paragraphs;

describe('furniture is left out of the article text', () => {
  it.each([
    ['a copyright line', '<p>© 2017 The Quay Courier. All rights reserved.</p>'],
    ['a copyright line in words', '<p>Copyright 2019 The Associated Press. All rights reserved.</p>'],
    [
      'a citation box stamped with the day it was saved',
      '<p>Cite this article: The Quay Courier (2019). Harbour dredging approved. Retrieved 3 May ' +
        '2021 from https://courier.example/harbour</p>',
    ],
    ['a read-more link', '<p>Read more: <a href="/harbour/ferry-fares">Ferry fares to rise in the spring</a></p>'],
    ['a bracketed related link', '<p>[Related: <a href="/harbour/pier">The old pier will be rebuilt</a>]</p>'],
    ['a newsletter prompt', '<p>Sign up for our newsletter to get the harbour news every morning.</p>'],
    [
      'a caption',
      '<figure><img src="a.jpg" alt=""><figcaption>The dredger at the mouth of the channel on ' +
        'Monday, Oct. 7, 2019.</figcaption></figure>',
    ],
    [
      'a caption ending in an agency credit',
      '<p>In this Sunday, Nov. 10, 2019, photograph, the dredger waits at the quay. (AP Photo/Ann Lee)</p>',
    ],
    ['a photo credit', '<p>Photo: Ann Lee / Quay Courier</p>'],
    [
      "a thread of readers' comments",
      '<section class="comments"><h3>Comments</h3><div class="comment"><span>March 9, ' +
        '2021</span><p>As an AI language model I cannot vote, but the dredging plan looks sound to ' +
        'me and to my neighbours on the quay.</p></div></section>',
    ],
    [
      'an embedded social post with its own date',
      '<blockquote class="twitter-tweet"><p>The dredgers are finally here!</p>— Quay Watch ' +
        '(@quaywatch) <a href="https://x.example/1">March 12, 2021</a></blockquote>',
    ],
    [
      'a headline that is all link to another story',
      '<p><a href="https://courier.example/sport/regatta-cancelled">Regatta cancelled for the ' +
        'second year running</a></p>',
    ],
  ])('%s', (_, furniture) => {
    expect(paragraphs(article(furniture))).toEqual(PROSE);
  });
  it('a list of other stories under its heading', () => {
    const list =
      '<h3>More from the Courier</h3><p><a href="/a">Ferry fares to rise</a></p><p><a href="/b">The ' +
      'old pier will be rebuilt</a></p><p>Published March 1, 2016</p>';
    expect(paragraphs(article(list, 3))).toEqual(PROSE);
  });
});

describe('prose that shares words with furniture stays', () => {
  it.each([
    [
      'rights in a sentence',
      '<p>The fishing association said all rights reserved for local boats would be kept under the new rules.</p>',
    ],
    [
      'a link inside a sentence',
      '<p>The plan, <a href="/harbour/plan">published last year</a>, drew objections from residents ' +
        'of the old town.</p>',
    ],
    ['a section heading of the story itself', '<h2>Latest developments at the quay</h2>'],
    ['a byline that is a link', '<p>By <a href="/authors/ann-lee">Ann Lee</a></p>'],
  ])('%s', (_, prose) => {
    expect(paragraphs(article(prose)).length).toBe(PROSE.length + 1);
  });
  it('a credit line that names an AI stays, for the disclosure check', () => {
    expect(
      paragraphs(article('<p class="article-credit">This article was generated with the help of AI tools.</p>')).length,
    ).toBe(PROSE.length + 1);
    expect(paragraphs(article('<p>Copyright 2024 The Quay Courier. Written by ChatGPT.</p>')).length).toBe(
      PROSE.length + 1,
    );
  });
  it('prose after a list heading ends the list', () => {
    const html = article('<h3>Related</h3><p><a href="/a">Ferry fares to rise</a></p>', 1);
    expect(paragraphs(html)).toEqual(PROSE);
  });
});
