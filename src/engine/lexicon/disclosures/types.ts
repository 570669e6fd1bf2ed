/**
 * What a language says when a page discloses that a machine wrote its text: the sentences that
 * disclose, the words that deny it ("nicht von KI"), and the words of a sentence about someone
 * else's text (a study, a site, what someone said). The disclosure check reads them alike in
 * every language; English keeps its own in the check.
 */
export interface DisclosureWords {
  /** Each pattern one way of saying it: the text made by the agent, the agent making the text, a credit line. */
  disclosures: readonly RegExp[];
  /** A denial before the agent discloses nothing: "nicht", "pas", "no", "не". */
  denial: RegExp;
  /** A sentence about others' texts reports, it does not disclose: "Forscher fanden", "selon", "якобы". */
  aboutOthers: RegExp;
}

/** Unicode word edges: `\b` knows ASCII letters only. */
export const W = String.raw`(?<![\p{L}\p{N}_])`;
export const E = String.raw`(?![\p{L}\p{N}_])`;

/** Chatbots and models named by their own names, the same in every language. */
export const NAMED_MODELS = String.raw`(?:Chat)?GPT[\w.-]*|Claude|Gemini|Copilot|Llama|Mistral|Grok|[A-Z]\w*GPT\w*`;
