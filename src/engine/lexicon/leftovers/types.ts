/**
 * What a leftover is made of, whatever the language: the signs that the writer speaks as the tool
 * that made the text, to whoever asked for it, or about the making of the text. A language module
 * gives the words for each sign; the scoring (`src/engine/text/leftovers.ts`) weighs them alike
 * in every language.
 */
export type Signal =
  /** The writer names itself a machine: "as an AI language model", "my training data". */
  | 'machine'
  /** What a program leaves, not a writer: an API error payload, a code fence, a think tag, a chat button's label. */
  | 'residue'
  /** An unfilled template variable: "[insert team name here]", "[article_title]", "{{keyword}}". */
  | 'placeholder'
  /** A prompt's or an SEO tool's field label standing as a line: "Meta description:". */
  | 'furniture'
  /** The writer cannot reach its source: "I'm unable to open links", "I don't have access to the article". */
  | 'offline'
  /** A prompt's field that people use too, as a line: "Title: ...", "Keywords: ...". */
  | 'field'
  /** A chatbot's refusal of the task: "I can't help you with this". */
  | 'refusal'
  /** The addressee commissioned the text: "you'd like me to", "the text you provided", "your request". */
  | 'commission'
  /** The text as an output made from a given input: "the provided context", "the topic provided". */
  | 'given'
  /** The writer asks the addressee for material: "please provide", "could you share". */
  | 'request'
  /** The writer reasons about its task: "the user wants", "Now, I need to write". */
  | 'reasoning'
  /** A reply's opening: "Here's an article on ...", "Below is a summary". */
  | 'preamble'
  /** A reply's close, which people write too: "I hope this helps", "let me know if". */
  | 'closer'
  /** The interjection a reply opens with, before its preamble: "Sure! Here's". */
  | 'opening'
  /** The text describes itself as a product: "The content follows SEO best practices", "The article focuses on". */
  | 'self'
  /** The machine that made a text, in the third person: "the AI tool", "the writing system". */
  | 'tool'
  /** The writer cannot: "I cannot write", "I don't have access to", "I am unable". */
  | 'inability'
  /** Something cannot be done, said of no one: "without knowing", "cannot retrieve", "impossible". */
  | 'impossible'
  /** The text's input named as such: "the article title", "source text", "the prompt". */
  | 'input'
  /** Making a text: "write an article", "generate a summary", "I have crafted". */
  | 'making'
  /** The text's format or audience as a specification: "markdown", "2-3 sentence", "SEO best practices". */
  | 'format'
  /** The addressee owns the text: "your article", "your readers". */
  | 'yours'
  /** The writer disclaims a self, as people also do: "I don't have personal opinions". */
  | 'persona'
  /** A citation marker glued to a word ("conveniences.[0]"): residue only when the page numbers them from zero. */
  | 'citation';

/** Page-level frames that make a leftover someone else's: a transcript shown, a template taught. */
export type Frame = 'transcript' | 'template';

export interface LeftoverLexicon {
  /** Patterns for each signal, run over the whole article text (paragraphs are lines: `^` and `$` with the m flag). */
  signals: Record<Signal, readonly RegExp[]>;
  /** Sentences that frame what follows as a chatbot transcript, or teach a template. */
  frames: Record<Frame, readonly RegExp[]>;
  /** Words a sentence gives to someone else: ", one reader wrote", "replied that". */
  attribution: readonly RegExp[];
  /** Words that name what follows as a phrase someone used: "that's the phrase Sorry I cannot ...". */
  named: RegExp;
  /** A zero-numbered citation marker: the one that shows a program numbered them. */
  zeroCitation: RegExp;
}
