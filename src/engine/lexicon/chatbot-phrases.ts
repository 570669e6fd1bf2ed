/**
 * Leftovers of a chatbot reply, as data: one family a group, each pattern written to match the
 * variants a family comes in ("Sure, here's", "Certainly! Here is"), not one exact string. Most
 * of what machine-written pages really carry is the model talking to whoever prompted it: asking
 * for the text, saying it cannot open the link, thinking aloud about "the user", notes about the
 * rewrite, a failed generation, the prompt's own furniture.
 *
 * `needsContext` marks families people also write ("I hope this helps", "feel free to reach out",
 * "I don't have feelings about it"): on their own they are worth a look, and they count as
 * leftovers only beside a family that people do not write.
 */
export interface PhraseFamily {
  family: string;
  label: string;
  patterns: RegExp[];
  needsContext?: boolean;
}

/** What a model asks for or refers to when it addresses its prompter. */
const INPUT = String.raw`(?:\w+\s+){0,3}?(?:text|article|content|details|information|link|url|source|passage|draft|topic|notes|story|press release|document)s?`;
/** What the prompter wanted written. */
const WRITING = String.raw`(?:article|content|text|response|summary|story|post|piece|rewrite|draft|output)`;

export const CHATBOT_PHRASES: PhraseFamily[] = [
  {
    family: 'self-reference',
    label: 'the writer calls itself an AI',
    patterns: [
      /\bas an? (?:AI|artificial intelligence)(?:[\s-]+(?:powered\s+)?(?:language\s+model|model|assistant|chatbot|system))?\b/i,
      /\bas an? (?:large )?language model\b/i,
      /\bI(?:['’]m| am) (?:just |only |merely )?an? (?:AI|artificial intelligence|(?:large )?language model|chatbot|virtual assistant)\b/i,
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
    family: 'asking-for-input',
    label: 'the model asking for its input',
    patterns: [
      new RegExp(String.raw`\b(?:could|can|would) you (?:please )?(?:share|provide|paste|send|give me|supply|upload) (?:me )?(?:with )?(?:the|your|a|more|some) ${INPUT}\b[^.?!\n]{0,60}?(?:you(?:['’]d| would) like me to|you want me to|for me to|so (?:that )?I can)\b`, 'i'),
      new RegExp(String.raw`\bplease (?:share|provide|paste|send|supply|upload) (?:me with )?(?:the|your) ${INPUT}\b[^.\n]{0,60}?(?:you(?:['’]d| would) like me to|you want me to|for me to|and I(?:['’]ll| will)|so (?:that )?I can)\b`, 'i'),
      /\bonce you (?:share|provide|paste|send) (?:the|your|it)\b[^.\n]{0,60}?\bI(?:['’]ll| will| can)\b/i,
    ],
  },
  {
    family: 'cannot-reach-source',
    label: 'the model saying it cannot reach the source',
    patterns: [
      /\bI(?:['’]m| am) (?:unable|not able) to (?:open|access|browse|visit|view|read|follow|click on|retrieve) (?:links?|urls?|web ?pages?|websites?|external (?:links|websites|content|sites)|the (?:link|url|web ?page|website)|(?:the )?(?:article|page|content) (?:at|from) (?:that|the|this) (?:link|url|address))\b/i,
      /\bI (?:can['’]t|cannot|can not|do not have the ability to|don['’]t have the ability to|do not have access to|don['’]t have access to) (?:open |access |browse |visit |view |follow |click on |retrieve )?(?:links?|urls?|the internet|web ?pages?|websites?|external (?:links|websites|content|sites)|the (?:link|url)|(?:the )?(?:article|page|content) (?:at|from) (?:that|the|this) (?:link|url|address))\b/i,
      /\bthe (?:link|url|article|text|page) you (?:provided|shared|sent|gave me|pasted|linked)\b(?!\s+(?:to|with)\s+(?:the|a|an|his|her|their|our|its)\b)/i,
    ],
  },
  {
    family: 'reasoning-trace',
    label: "the model's reasoning published as text",
    patterns: [
      // "The user" of an app wants many things; a prompter wants writing, or is what the model tries to understand.
      new RegExp(String.raw`\bthe user (?:is asking|asks|asked|wants|wanted|has asked|requested|has requested|would like|provided|has provided|gave|is requesting)\b(?![^.?!\n]{0,80}\b(?:chatbot|bot|ChatGPT|the model|the assistant|the AI|the app|the tool)\b)(?=[^.?!\n]{0,60}?\b(?:me|rewrite|rewriting|rewritten|summar\w*|paraphras\w*|reword\w*|(?:a|an|the|this|their|his|her)\s+(?:\w+\s+){0,2}?${WRITING}s?)\b)`, 'i'),
      // Said by the model of itself: "first I need to understand what the user is asking for" (a designer's "understand what the user wants" is not).
      /(?<=\b(?:I|I['’]ll|I['’]m|let me|let's)\b[^.?!\n]{0,40}?\b(?:understand|figure out|clarify|consider|think about) what )the user (?:is asking|wants|needs|asked|requested|is looking for|means)\b/i,
      // The model's "I" and what it is to write: "The user's request is clear, so I will write the article".
      /\b[Tt]he user['’]s (?:request|query|prompt|instructions?)\b(?=[^.?!\n]{0,80}\b(?:I|I['’]ll|I['’]m|I['’]ve|me|my|let me)\b)(?=[^.?!\n]{0,120}\b(?:write|rewrite|summari[sz]e|paraphrase|article|piece|draft|tone)\b)/,
      /<\/?think>/i,
      new RegExp(String.raw`\bI (?:need|have|should|am going) to (?:rewrite|paraphrase|summari[sz]e|reword|condense) (?:this|the|that) (?:\w+\s+){0,2}?${WRITING}s?\b`, 'i'),
    ],
  },
  {
    family: 'rewriter-note',
    label: "a rewriter's note about the text it was given",
    patterns: [
      // A correction ("Note: the original version of this article misstated ...") is a newsroom's, not a rewriter's.
      /^Note:\s(?![^\n]{0,200}?\b(?:misstated|misidentified|misspelled|misquoted|misattributed|incorrectly|wrongly|erroneously|mistakenly|an earlier version|has been (?:corrected|updated)|correction)\b)[^\n]{0,200}?\b(?:(?:the )?original (?:text|article|content|piece|story)|(?:rewritten|paraphrased|revised|condensed) (?:version|text|article)|I(?:['’]ve| have) (?:rewritten|paraphrased|kept|left|changed|removed|added|omitted))\b/im,
      // The rewrite described as a service: "in a neutral tone", "keeping all the key facts" (a columnist's "rewritten this piece three times, trying to find the right tone" is not).
      /\bI(?:['’]ve| have) (?:rewritten|paraphrased|reworded|condensed|summari[sz]ed|restructured) (?:the|your) (?:\w+\s+){0,2}?(?:article|text|content|passage|press release|story|draft)\b[^.\n]{0,30}?\b(?:in an? [\w-]+ (?:tone|style|voice)|(?:while )?(?:keeping|preserving|retaining|maintaining) (?:all )?(?:of )?(?:the )?(?:key|original|main|essential|important|core)\b)/i,
      /\bthe (?:original|provided|given|source) (?:article|text|passage|content|press release|story)\b[^.\n]{0,60}?\b(?:does not|doesn['’]t|did not|didn['’]t) (?:give|mention|specify|provide|include|state|say)\b/i,
      /\bthe (?:article|text|passage|source) (?:does not|doesn['’]t) (?:give|mention|specify|provide|state|include) (?:a|an|the|any) [^.\n]{0,40}?,\s*but (?:it )?(?:appears|seems|is likely|likely|may be|might be)\b/i,
      /\((?:exact )?(?:figure|number|amount|date|name|source|location|details?|time|value|data|price|year|quote)s? (?:(?:was |were |is |are )?not (?:specified|provided|given|mentioned|stated|included)|unspecified)(?: in the (?:original|source|article|text|press release))?\)/i,
    ],
  },
  {
    family: 'generation-failure',
    label: 'a failed generation',
    patterns: [
      // Not a condition ("if something went wrong while generating the response, the app ..."): the failure itself.
      new RegExp(String.raw`(?<!\b(?:if|when|whenever|unless|in case)\s+)\b(?:(?:an )?error (?:has )?occurred|something went wrong|there was an error|we encountered an error) (?:while|when) (?:generating|creating|writing|processing|producing) (?:this |the |your )?(?:rest of (?:the |this |your )?)?${WRITING}\b`, 'i'),
      /\b(?:could not|couldn['’]t|cannot|can['’]t|unable to|failed to|did not|didn['’]t) (?:reach|meet|hit|achieve) the (?:required|requested|minimum|target|desired) (?:word count|length|number of words)\b/i,
      new RegExp(String.raw`\b(?:failed to|unable to|could not|couldn['’]t) generate (?:the |this |an? |your )?${WRITING}\b`, 'i'),
    ],
  },
  {
    family: 'prompt-furniture',
    label: "the prompt's own furniture",
    patterns: [
      /^(?:meta (?:description|title)|seo (?:title|keywords?|description|meta(?: description)?)|focus (?:key ?(?:word|phrase)s?)|target keywords?|url slug|suggested (?:title|headline)s?)\s*:/im,
      /\(\s*word count\s*:?\s*~?\d[\d,]*\s*(?:words)?\s*\)|^word count\s*:\s*~?\d(?:[\d,]*\d)?|(?<=[.!?]\s{1,3})word count\s*:\s*~?\d(?:[\d,]*\d)?(?=\s*$)/im,
      new RegExp(String.raw`\bhere(?:['’]s| is) (?:the|your) (?:\w+\s+){0,2}?${WRITING} (?:in|as|formatted (?:in|as)) (?:JSON|markdown|HTML|XML|YAML)(?: format)?\b`, 'i'),
    ],
  },
  {
    family: 'preamble',
    label: 'the opening of a chatbot reply',
    patterns: [
      /^(?:certainly|sure|absolutely|of course|great question|okay|ok)[!,.]\s*(?:here(?:['’]s| is| are) (?:a|an|the|your)\s+(?:[\w-]+\s+){0,4}?(?:article|summary|rewrite|version|draft|story|post|press release|paraphrase|piece|text|content|news)|below is|I(?:['’]d| would) be (?:happy|glad))/i,
      /^here(?:['’]s| is) (?:a|an|the|your) (?:\w+[\s-]+){0,4}?(?:article|summary|rewrite|rewritten version|revised version|version|draft|news story|story|blog post|press release|paraphrase)\b[^.\n]{0,80}:(?=[ \t]*$)/i,
      /\bas you (?:requested|asked|wanted)\b/i,
      /\b(?:the|a) (?:rewritten|revised|paraphrased) version of (?:the|your) (?:text|article|paragraph)\b/i,
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
      /\[(?:insert|your|company|client|brand|product|website|url|phone|email|author|name|date|location|city|source|add|include|placeholder|link|title|quote|organi[sz]ation|number|reporter|event|recipient|headline|venue|amount|price|percentage|statistic)\b(?!\s+(?:withheld|redacted|removed|changed|omitted|protected))[^\]\n]{0,40}\]/i,
      /\{\{\s*[\w\s]{1,30}\}\}/,
    ],
  },
  {
    family: 'interface',
    label: 'text copied from a chat interface',
    patterns: [/\bRegenerate (?:response|draft)\b/i, /\bChatGPT can make mistakes\b/i, /^Copy code$/i],
  },
  {
    family: 'closer',
    label: 'the closing line of a chatbot reply',
    needsContext: true,
    patterns: [
      /\bI hope (?:this|that|these|you find (?:this|it)) (?:\w+\s+){0,3}?(?:helps?|was helpful|is helpful|helpful|useful|meets your)/i,
      /\blet me know if (?:you(?:['’]d| would)? (?:like|need|want|have)|there(?:['’]s| is) anything|I can)\b/i,
      /\bfeel free to (?:ask|let me know|reach out)\b/i,
      /\bis there anything else (?:I can|you(?:['’]d| would) like)\b/i,
      /\bI(?:['’]d| would) be (?:happy|glad) to (?:help|assist|provide|make|expand|revise)\b/i,
    ],
  },
  {
    family: 'asking-for-topic',
    label: 'the model asking for its input',
    needsContext: true,
    // A blogger asks readers this too ("What would you like me to write about next?").
    patterns: [/\bwhat (?:would you like|do you want) me to (?:write|cover|rewrite|summari[sz]e|include|focus on|turn)\b/i],
  },
  {
    family: 'persona',
    label: 'the writer disclaiming a self',
    needsContext: true,
    patterns: [/\bI (?:do not|don['’]t) have (?:personal (?:opinions|experiences|feelings|beliefs)|feelings|emotions|a physical body)\b/i],
  },
];
