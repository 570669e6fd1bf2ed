import type { Article } from '../article.js';
import type { Byline, Evidence } from '../report/schema.js';
import { isPersonName, sameName, splitAuthors } from '../text/names.js';
import { externalEvidence, spanEvidence, withRoles } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';

const messages = {
  bioNamesAnother: 'The byline names {{byline}}, but the author bio describes {{bio}}.',
  metadataNamesAnother: "The page's metadata names {{metadata}} as author, the visible byline {{visible}}.",
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'byline-mismatch',
  title: 'Byline and author bio disagree',
  description: 'The byline names one author and the bio or the page metadata another.',
  messages,
  languages: ['en'],
};

const NAME = "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:de|da|van|von|der|bin|al|le|la)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,3})";
/**
 * A short author bio: "Name is an assistant news editor at ...", "Name writes about ...", "About the author:
 * Name covers ...".
 */
const BIO = new RegExp(
  `^(?:(?:[Aa]bout\\s+[Tt]he\\s+(?:[Aa]uthor|[Ww]riter|[Rr]eporter)|[Aa]uthor\\s+[Bb]io` +
    `|[Tt]he\\s+[Aa]uthor)\\s*[:—–-]\\s*)?${NAME}\\s+(?:(?:is|was)\\s+(?:also\\s+)?(?:a|an` +
    `|the)?\\s*(?:[\\p{L}-]+\\s+){0,5}?(?:editor|reporter|writer|correspondent|journalist` +
    `|contributor|columnist|author|freelancer|producer|critic|analyst|fellow|photographer` +
    `|blogger|intern|host|commentator|researcher)s?\\b|(?:writes|reports|covers|reviews` +
    `|blogs)\\s+(?:about|on|for|from)?|is\\s+the\\s+author\\s+of)`,
  'u',
);

function bylineEvidence(article: Article, b: Byline): Evidence {
  const at = article.spanOf(b);
  return at ? spanEvidence(article, at.start, at.end) : externalEvidence(b.text, `byline from ${b.source}`);
}

/**
 * The author in the byline against the author a bio sentence names, and bylines from different
 * sources against each other. Co-authors count as a match; desks and agencies are not names.
 */
export const bylineMismatch: Check<Id> = {
  meta,
  run(article) {
    const out: Array<Draft<Id>> = [];
    const people = article.bylines.flatMap((b) =>
      splitAuthors(b.name)
        .filter(isPersonName)
        .map((name) => ({ name, byline: b })),
    );
    if (!people.length) return out;
    const matches = (name: string) => people.some((p) => sameName(p.name, name));
    // A bio sits at the end, in a short paragraph, and names someone the story itself never mentions.
    const tailFrom = article.paragraphs[Math.max(0, article.paragraphs.length - 3)]?.start ?? 0;
    for (const s of article.sentences) {
      if (s.start < tailFrom) continue;
      const para = article.paragraphs[s.paragraph]!;
      if (para.end - para.start > 500) continue;
      const m = BIO.exec(s.text);
      if (!m || !isPersonName(m[1]!) || matches(m[1]!)) continue;
      const surname = m[1]!.split(/\s+/).pop()!;
      if (article.sentences.some((o) => (o.start < tailFrom || !BIO.test(o.text)) && o.text.includes(surname)))
        continue;
      const listed = [...new Set(people.map((p) => p.name))].join(', ');
      const nameAt = m[0].indexOf(m[1]!);
      out.push({
        severity: 'medium',
        messageId: 'bioNamesAnother',
        data: { byline: listed, bio: m[1]! },
        evidence: withRoles(
          spanEvidence(article, s.start + nameAt, s.start + nameAt + m[1]!.length),
          ...uniqueBylines(people).map((b) => bylineEvidence(article, b)),
        ),
      });
    }
    out.push(...sourcesDisagree(article, people));
    return out;
  },
};

function uniqueBylines(people: Array<{ byline: Byline }>): Byline[] {
  return [...new Set(people.map((p) => p.byline))];
}

const origin = (b: Byline) => (b.source === 'meta' || b.source.startsWith('json-ld') ? 'metadata' : 'visible');

/**
 * The page's metadata names one author and its visible byline another, with no name in common.
 * Two visible candidates that disagree say more about extraction than about the article.
 */
function sourcesDisagree(article: Article, people: Array<{ name: string; byline: Byline }>): Array<Draft<Id>> {
  const metadata = people.filter((p) => origin(p.byline) === 'metadata');
  const visible = people.filter((p) => origin(p.byline) === 'visible');
  if (!metadata.length || !visible.length) return [];
  // A name the other line holds whole is the same credit, however the page ran it together ("Ann LeeNewsSite").
  const holds = (a: { name: string; byline: Byline }, b: { byline: Byline }) =>
    b.byline.text.toLowerCase().includes(a.name.toLowerCase());
  if (metadata.some((m) => visible.some((v) => sameName(m.name, v.name) || holds(m, v) || holds(v, m)))) return [];
  const names = (ps: typeof people) => [...new Set(ps.map((p) => p.name))].join(', ');
  return [
    {
      severity: 'medium',
      messageId: 'metadataNamesAnother',
      data: { metadata: names(metadata), visible: names(visible) },
      evidence: uniqueBylines([...visible, ...metadata]).map((b) => bylineEvidence(article, b)),
    },
  ];
}
