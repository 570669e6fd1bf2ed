/**
 * Leftovers of a chatbot reply, as data: one family a group, each pattern written to match the
 * variants ("Sure, here's", "Certainly! Here is"), not one exact string.
 */
export interface PhraseFamily {
  family: string;
  label: string;
  patterns: RegExp[];
}

export const CHATBOT_PHRASES: PhraseFamily[] = [
  {
    family: 'self-reference',
    label: 'the writer calls itself an AI',
    patterns: [
      /\bas an? (?:AI|artificial intelligence)(?:[\s-]+(?:powered\s+)?(?:language\s+model|model|assistant|chatbot|system))?\b/i,
      /\bas an? (?:large )?language model\b/i,
      /\bI(?:['’]m| am) (?:just |only |merely )?an? (?:AI|artificial intelligence|(?:large )?language model|chatbot|virtual assistant)\b/i,
      /\bI (?:do not|don['’]t) have (?:personal (?:opinions|experiences|feelings|beliefs)|feelings|emotions|a physical body)\b/i,
    ],
  },
  {
    family: 'refusal',
    label: 'a chatbot refusal',
    patterns: [
      /\bI (?:cannot|can['’]t|am unable to|['’]m unable to|am not able to|won['’]t be able to) (?:complete|fulfil+|assist with|help with|provide|generate|create|write|comply with|browse|access)\b[^.]{0,40}?\b(?:request|prompt|task|internet|web|content)\b/i,
      /\bI(?:['’]m| am) sorry,? but (?:I|as an|this)\b/i,
      /\b(?:this|your) (?:request|prompt) (?:violates|goes against|is against)\b/i,
    ],
  },
  {
    family: 'preamble',
    label: 'the opening of a chatbot reply',
    patterns: [
      /^(?:certainly|sure|absolutely|of course|great question|okay|ok)[!,.]\s*(?:here(?:['’]s| is| are)|below is|I(?:['’]d| would) be (?:happy|glad))/i,
      /^here(?:['’]s| is) (?:a|an|the|your) (?:\w+[\s-]+){0,4}?(?:article|summary|rewrite|rewritten version|revised version|version|draft|news story|story|blog post|press release|paraphrase)\b[^.]{0,80}:\s*$/i,
      /\bas you (?:requested|asked|wanted)\b/i,
      /\b(?:the|a) (?:rewritten|revised|paraphrased) version of (?:the|your) (?:text|article|paragraph)\b/i,
    ],
  },
  {
    family: 'closer',
    label: 'the closing line of a chatbot reply',
    patterns: [
      /\bI hope (?:this|that|these|you find (?:this|it)) (?:\w+\s+){0,3}?(?:helps?|was helpful|is helpful|helpful|useful|meets your)/i,
      /\blet me know if (?:you(?:['’]d| would)? (?:like|need|want|have)|there(?:['’]s| is) anything|I can)\b/i,
      /\bfeel free to (?:ask|let me know|reach out)\b/i,
      /\bis there anything else (?:I can|you(?:['’]d| would) like)\b/i,
      /\bI(?:['’]d| would) be (?:happy|glad) to (?:help|assist|provide|make|expand|revise)\b/i,
    ],
  },
  {
    family: 'knowledge-cutoff',
    label: "a remark about the model's training cut-off",
    patterns: [
      /\b(?:as of|since) my (?:last )?(?:knowledge )?(?:cut-?off|update|training)\b/i,
      /\bmy (?:knowledge|training(?: data)?) (?:cut-?off|only (?:goes|extends)|is limited|extends)\b/i,
      /\bI (?:do not|don['’]t) have (?:access to )?(?:real-time|current|up-to-date|live) (?:information|data|access|news)\b/i,
    ],
  },
  {
    family: 'placeholder',
    label: 'an unfilled template placeholder',
    patterns: [
      /\[(?:insert|your|company|author|name|date|location|city|source|add|include|placeholder|link|title|quote|organization|organisation|number|reporter)\b[^\]\n]{0,40}\]/i,
      /\{\{\s*[\w\s]{1,30}\}\}/,
    ],
  },
  {
    family: 'interface',
    label: 'text copied from a chat interface',
    patterns: [/\bRegenerate (?:response|draft)\b/i, /\bChatGPT can make mistakes\b/i, /^Copy code$/i],
  },
];
