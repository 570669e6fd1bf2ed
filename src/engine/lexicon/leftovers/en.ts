import type { LeftoverLexicon } from './types.js';

/**
 * English words for the signs of a leftover. Each pattern is one sign; the scorer counts a sign
 * once per sentence and weighs the signs together, so a pattern here may be broad where its sign
 * is weak (making, format) and must be narrow where its sign is strong (machine, residue).
 */

/** An apostrophe, straight or curly. */
const A = "['’]";
const join = (...alternatives: string[]) => `(?:${alternatives.join('|')})`;
const words = (list: string) => join(...list.trim().split(/\s*\|\s*/));
const re = (source: string, flags = 'i') => new RegExp(source, flags);

/** The writer as "I", in its contracted forms too. */
const I_AM = `I(?:${A}m|\\s+am)`;
const I_HAVE = `I(?:${A}ve|\\s+have)`;
const NOT = words(`
  can${A}?t | cannot | can\\s+not | do\\s+not | don${A}t | could\\s+not | couldn${A}t | won${A}t | will\\s+not
`);
const I_NOT = join(`I\\s+${NOT}`, `${I_AM}\\s+(?:not|unable)`);

/** What a text is made from, when the writer names it as its input. */
const INPUT_NOUN = words(`
  text | texts | article | content | context | link | url | passage | title | topic | keywords? | prompt | input |
  information | details | material | instructions? | data | description | document | subject(?:\\s+matter)? |
  source | notes |
  press\\s+release | headlines? | summary | transcript | brief | placeholders?
`);
/** What a text is, when the writer names what it made or is to make. */
const WRITING = words(`
  article | summary | piece | content | text | post | story | essay | rewrite | version | description | outline |
  draft | copy | paragraph | headline | blog\\s+post | press\\s+release | news\\s+(?:piece|story|article) | overview |
  background | rundown | breakdown | feature | profile | review | column | caption | report | intro | introduction |
  conclusion
`);
/** Verbs of making a text. */
const MAKE = words(`
  write | writing | wrote | rewrite | rewriting | rewritten | generate | generating | generated | produce | producing |
  create | creating | craft | crafting | crafted | summari[sz]e | summari[sz]ing | paraphrase | paraphrasing | compose |
  draft | drafting | format | formatting | translate | translating | translated
`);
/** Verbs by which an input is handed over. */
const HAND_OVER = words(`
  provided | shared | sent | gave | given | pasted | attached | uploaded | supplied | linked | specified
`);
/** What a request asks the addressee to do with the input. */
const ASK = words(`
  provide | share | paste | send | give | supply | upload | specify | clarify | tell | attach | confirm | drop |
  providing | sharing | pasting | sending | giving | supplying | specifying | clarifying | resend | re-send | re-paste |
  replace | fill\\s+in | insert | review | edit | check | adjust | verify
`);
/** Opening words of a request to the addressee. */
const PLEASE = words(`
  please | kindly | could\\s+you | can\\s+you | would\\s+you | would\\s+you\\s+mind |
  if\\s+you(?:\\s+(?:could|can|would))? |
  once\\s+you | when\\s+you
`);
/** A chatbot, named by those who quote it. */
const CHATBOT = words(`
  chatgpt | gpt-?\\d\\w* | bard | claude | gemini | copilot | bing\\s+chat | the\\s+(?:chat)?bot |
  the\\s+ai(?:\\s+(?:tool|model|chatbot))? |
  the\\s+(?:language\\s+)?model | the\\s+assistant
`);
/** Words a writer uses for a machine that writes, in "as an AI language model" and its shuffles. */
const MACHINE_WORD = words(`
  ai | artificial\\s+intelligence | large | language | text-based | virtual | digital | ai-powered | conversational
`);
const MACHINE_NOUN = words('model | assistant | chatbot | system | program');
/** After "provided": not to or by someone named ("data provided by the ministry"); "to write", "by you" may follow. */
const NOT_BY_SOMEONE = String.raw`by\s+(?!(?:you|me|the\s+user|the\s+prompt)\b)`;
const NOT_TO_SOMEONE = String.raw`(?:to|for|at|on)\s+(?!(?:me|write|produce|generate|create|summari[sz]e|rewrite)\b)`;
const NOT_WITH_A_REQUEST = String.raw`with\s+(?!(?:the|your)\s+(?:request|prompt|message)\b)`;
const NOT_SOMEONE = String.raw`(?!\s+(?:${NOT_BY_SOMEONE}|${NOT_TO_SOMEONE}|${NOT_WITH_A_REQUEST}))`;
/**
 * "The user" as the prompter, wanting a text: a text, its making or its properties follow ("the user
 * specified that the article should be long", "a special focus on"), and no bot or app is named, as
 * one is when someone describes another's use of a tool ("the user asked the chatbot to rewrite").
 */
const NO_TOOL_NAMED = String.raw`(?![^.?!\n]*\b(?:${CHATBOT}|bots?|apps?|tools?)\b)`;
const TEXT_WANTED = words(String.raw`
  me | rewrite | rewriting | summar\w* | paraphras\w* | reword\w* | query | prompt | focus | emphasis | tone | style |
  length | format | (?:a|an|the|this|their|his|her)\s+(?:[\w-]+\s+){0,2}?${WRITING}s?
`);
const USER_WANTS_TEXT = String.raw`${NO_TOOL_NAMED}(?=[^.?!\n]{0,80}?\b${TEXT_WANTED}\b)`;
/** An SEO tool's fields. */
const SEO_FIELD = words(`
  meta\\s+(?:description|title) | seo\\s+(?:title|keywords?|description) | focus\\s+key\\s?(?:words?|phrases?) |
  target\\s+keywords? | url\\s+slug | slug | keyword\\s+density | suggested\\s+(?:title|headline)s?
`);
/** A prompt's fields: "Input text provided:", "Rewritten article:". */
const PROMPT_FIELD = words('input | output | source | original | rewritten | paraphrased | generated');
/** An outline's fields, and the instructions to the writer that follow them. */
const OUTLINE_FIELD = words(`
  title | headline | introduction | intro | conclusion | body | subheadings? | call\\s+to\\s+action
`);
const INSTRUCTION = words(`
  craft | write | start | explain | mention | talk\\s+about | introduce | describe | summari[sz]e | highlight | list |
  discuss | end\\s+with | begin\\s+with | open\\s+with
`);
/** What presents a reply's text. */
const HERE_IS = words(`
  here${A}s | here\\s+is | here\\s+are | below\\s+is | below\\s+are |
  below\\s+you${A}ll\\s+find | below\\s+you\\s+will\\s+find
`);
/** What names the words that follow as someone's: "the phrase", "the error message". */
const NAMED_AS = words(`
  phrase | words | line | message | sentence | error(?:\\s+message)? | notice | title | headline
`);
/** What the addressee owns when it commissioned the text. */
const YOUR_TEXT = words(`
  article | piece | post | blog | essay | content | readers | audience | press\\s+release | story | draft | text | copy
`);
/** The interjection a reply opens with. */
const OPENER = words('sure(?:\\s+thing)? | certainly | absolutely | of\\s+course | okay | ok | great | alright');
/** Words a line of reasoning opens with. */
const THEN = words('now | okay | ok | alright | so | first | next | then | wait | hmm | thus');
/** The writer goes on in the first person. */
const SPEAKS_AS_I = String.raw`(?=[^.?!\n]{0,80}?\b(?:I|me|my)\b)`;
/** Words at a sentence's start, sought by the words first (a look back at every character costs more). */
const atStart = (words: string) => String.raw`\b${words}(?<=(?:^|[.!?…]\s{1,3})${words})`;

export const EN: LeftoverLexicon = {
  signals: {
    machine: [
      // The writer's own role ("As an AI language model, I ..."), not a device's ("As a digital assistant, Alexa ...").
      re(`\\bas\\s+an?\\s+(?:${MACHINE_WORD}[\\s-]+){1,3}(?:${MACHINE_NOUN}|AI)\\b${SPEAKS_AS_I}`),
      re(
        `\\bas\\s+an?\\s+(?:AI|artificial\\s+intelligence)(?=,|\\s+I\\b|\\s+(?:developed|created|trained` +
          `|built|made)\\s+by\\b)${SPEAKS_AS_I}`,
      ),
      re(
        `\\b${I_AM}\\s+(?:just\\s+|only\\s+|merely\\s+|simply\\s+)?an?\\s+(?:AI|artificial\\s+intelligence|` +
          `(?:${MACHINE_WORD}\\s+){0,2}${MACHINE_NOUN})\\b`,
      ),
      re(`\\b${I_AM}\\s+programmed\\s+to\\b`),
      // "my training data only includes ...", not an athlete's "my training data for the marathon".
      re(
        `\\bmy\\s+(?:training(?:\\s+data)?|knowledge)\\s+(?:only\\s+)?(?:includes?|goes|extends` +
          `|is\\s+limited|cut-?off|ends)\\b`,
      ),
      re(`\\bmy\\s+(?:knowledge|training)\\s+cut-?off\\b`),
      re(`\\bas\\s+of\\s+my\\s+(?:last\\s+)?(?:(?:knowledge|training)\\s+(?:cut-?off|update)|cut-?off)\\b`),
      re(`\\bmy\\s+capabilities\\s+(?:are|is)\\s+(?:focused|limited)\\b`),
      re(
        `\\b(?:I\\s+(?:do\\s+not|don${A}t)\\s+have)\\s+(?:browsing|web\\s+browsing|real-time\\s+(?:browsing` +
          `|internet))\\s+(?:capabilit|abilit|access)`,
      ),
    ],
    residue: [
      // An API's error as it came back: a status, then its JSON body.
      re(String.raw`\berror:?\s*\d{3},?\s*\{`),
      re(String.raw`\{\s*"?error"?\s*:\s*\{`),
      re(
        String.raw`"?(?:type|code)"?\s*:\s*"?(?:insufficient_quota|rate_limit_exceeded|invalid_request_error` +
          String.raw`|context_length_exceeded)\b`,
      ),
      re('(?:^|\\s)```[a-z]*(?=\\s|$)'),
      re('</?think>'),
      // A failed generation, as the tool reports it (not "if something went wrong while generating ...").
      re(
        `(?<!\\b(?:if|when|whenever|unless|in\\s+case)\\s+)\\b(?:(?:an\\s+)?error\\s+(?:has\\s+)?occurred` +
          `|something\\s+went\\s+wrong|there\\s+was\\s+an\\s+error)\\s+(?:while|when)\\s+(?:generating` +
          `|creating|writing|producing)\\s+(?:this\\s+|the\\s+|your\\s+)?(?:rest\\s+of\\s+(?:the\\s+|this\\s+` +
          `|your\\s+)?)?${WRITING}\\b`,
      ),
      re(
        "\\b(?:could\\s+not|couldn't|cannot|can't|unable\\s+to|failed\\s+to|did\\s+not|didn't)\\s+" +
          '(?:reach|meet|hit|achieve)\\s+the\\s+(?:required|requested|minimum|target|desired)\\s+' +
          '(?:word\\s+count|length|number\\s+of\\s+words)\\b',
      ),
      re(
        `\\b(?:failed\\s+to|unable\\s+to|could\\s+not|couldn${A}t)\\s+generate\\s+(?:the\\s+|this\\s+` +
          `|an?\\s+|your\\s+)?${WRITING}\\b`,
      ),
      re(`\\byou\\s+exceeded\\s+your\\s+current\\s+quota\\b`),
      re('\\bregenerate\\s+(?:response|draft)\\b'),
      re('\\bChatGPT\\s+can\\s+make\\s+mistakes\\b'),
      re('^copy\\s+code$', 'im'),
    ],
    placeholder: [
      re(
        String.raw`\[(?:insert|enter|add|include|your)\b(?!\s+(?:withheld|redacted|removed|changed` +
          String.raw`|omitted))[^\]\n]{0,40}\]`,
      ),
      // A variable in snake case: a prompt template's, never a name.
      re(String.raw`\[[A-Za-z]+(?:_[A-Za-z]+)+\]`),
      re(String.raw`\[(?:name|title|date|number)\s+of\s+[^\]\n]{1,30}\]`),
      // A picture the writer was to add: "[Image: a family in front of a house]", "(Image suggestion: ...)".
      // Not a credit ("(Image: Reuters)", "[Photo: Anna Lind]"): a suggestion, or a description in lower case.
      re(
        String.raw`[\[(](?:[Ii]mage|[Pp]hoto|[Pp]icture|[Gg]raphic|[Ii]nfographic)` +
          String.raw`(?:\s+(?:suggestion|idea|placeholder)\s*:|\s*:\s*(?:an?|the|some)\s+[a-z])[^\])\n]{0,120}[\])]`,
        '',
      ),
      // A value the source lacked, noted where it should stand: "(figure not specified)".
      re(
        String.raw`\((?:exact\s+)?(?:figure|number|amount|date|name|source|location|details?|time|value|data` +
          String.raw`|price|year|quote)s?\s+(?:(?:was\s+|were\s+|is\s+|are\s+)?not\s+(?:specified|provided` +
          String.raw`|given|mentioned|stated|included)|unspecified)(?:\s+in\s+the\s+(?:original|source|article` +
          String.raw`|text|press\s+release))?\)`,
      ),
      // {{keyword}}, {{Article Title}}; a camelCase {{ remainingCount }} is a web page's own code, not a prompt's.
      re(String.raw`\{\{\s*(?:[a-z]+(?:_[a-z]+)*|[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)\s*\}\}`, ''),
      re(
        String.raw`\[(?:company|client|brand|product|website|author|name|date|location|city|title|headline` +
          String.raw`|topic|keyword|venue|amount|price|number|quote|source|link|url|event)(?:\s+name)?\]`,
      ),
    ],
    furniture: [
      re(`^${SEO_FIELD}\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?:`, 'im'),
      re(`^${PROMPT_FIELD}\\s+(?:text|article|content|version)(?:\\s+provided)?\\s*:`, 'im'),
      // An outline's field that instructs the writer: "Introduction: Start with a relatable scenario."
      re(`^${OUTLINE_FIELD}\\s*:\\s*${INSTRUCTION}\\b`, 'im'),
      re(`^[^\\w\\n]{0,4}(?:keywords?\\s+alert|news\\s+(?:content|headline)|article\\s+(?:content|body))\\s*:`, 'im'),
      re(String.raw`\(\s*word\s+count\s*:?\s*~?\d[\d,]*\s*(?:words)?\s*\)|^word\s+count\s*:\s*~?\d(?:[\d,]*\d)?`, 'im'),
    ],
    offline: [
      re(
        `\\b(?:${I_NOT}|${I_AM}\\s+not\\s+able\\s+to|${I_AM}\\s+unable\\s+to)\\s+(?:browse|search` +
          `|access)\\s+the\\s+(?:internet|web)\\b`,
      ),
      re(
        `\\bI\\s+(?:do\\s+not|don${A}t)\\s+have\\s+(?:access\\s+to\\s+)?(?:real-time|current|up-to-date` +
          `|live)\\s+(?:information|data|access|news)\\b`,
      ),
      re(
        `\\b(?:${I_NOT}|${I_AM}\\s+not\\s+able|${I_AM}\\s+unable|I\\s+(?:do\\s+not|don${A}t)\\s+have\\s+` +
          `(?:the\\s+ability|access))\\s+(?:to\\s+)?(?:open\\s+|access\\s+|browse\\s+|visit\\s+|view\\s+` +
          `|follow\\s+|click\\s+on\\s+|retrieve\\s+)?(?:links?|urls?|web\\s?pages?|websites?|external\\s+` +
          `(?:links|websites|content|sites)|the\\s+(?:link|url)|(?:the\\s+)?(?:full\\s+)?(?:article|page` +
          `|content)(?:\\s+content)?\\s+(?:at|from)\\s+(?:that|the|this)\\s+(?:\\w+\\s+){0,2}?(?:link|url` +
          `|address))\\b`,
      ),
    ],
    field: [re(`^[^\\w\\n]{0,4}(?:title|headline|keywords?|tags)\\s*:(?=[ \\t]*\\S)`, 'im')],
    refusal: [
      re(
        `\\b${I_NOT}\\s+(?:help|assist)\\s+(?:you\\s+)?with\\s+(?:this|that|writing|creating|generating` +
          `|producing)\\b`,
      ),
      re(
        `\\b(?:${I_AM}\\s+sorry|I\\s+apologi[sz]e|(?:my\\s+)?apologies),?\\s+but\\s+(?:I|as\\s+an|this` +
          `|it\\s+seems)\\b`,
      ),
      re(
        `\\b${I_NOT}\\s+(?:produce|generate|create|write|provide)\\s+(?:\\w+\\s+){0,2}?(?:content|material` +
          `|text|articles?|stories)\\s+(?:that|which)\\s+(?:promotes?|encourages?|glorif(?:y|ies)|contains?` +
          `|violates?|includes?)\\b`,
      ),
      re('\\b(?:this|your)\\s+(?:request|prompt)\\s+(?:violates|goes\\s+against|is\\s+against)\\b'),
      re('\\b(?:this|your)\\s+(?:request|prompt|task)\\s+is\\s+(?:too\\s+\\w+|beyond|outside)\\b'),
      re(`\\b${I_NOT}\\s+(?:fulfil+|comply\\s+with|complete)\\s+(?:this|that|your)\\s+(?:request|prompt|task)\\b`),
    ],
    commission: [
      re(`\\byou(?:${A}d|\\s+would)?\\s+(?:like|want|wish|need)\\s+me\\s+to\\b`),
      re(
        `\\byou(?:${A}d|\\s+would)\\s+like\\s+(?:the\\s+(?:\\w+\\s+){0,2}?)?${WRITING}?\\s*(?:rewritten` +
          `|summari[sz]ed|written|to\\s+focus)\\b`,
      ),
      // "the text you provided", not "the document you provided to the court".
      re(
        `\\b${INPUT_NOUN}\\s+(?:that\\s+)?you(?:${A}ve|\\s+have)?\\s+${HAND_OVER}\\b(?!\\s+(?:to|with)\\s+` +
          `(?:the|a|an|his|her|their|our|its)\\b)`,
      ),
      re(`\\byou(?:${A}ve|\\s+have)\\s+(?:provided|shared|pasted|attached|uploaded|supplied)\\b`),
      re('\\b(?:attached\\s+to|in|from)\\s+your\\s+(?:message|request|prompt|query|instructions?)\\b'),
      re('\\byour\\s+(?:request|prompt|query|instructions|guidelines|requirements|specifications)\\b'),
      re('\\bas\\s+you\\s+(?:requested|asked|instructed|specified)\\b'),
      // The prompter named as "the user", wanting a text: "The user specified that the article should be long".
      re(
        `\\bthe\\s+user(?:${A}s)?\\s+(?:specified|specifies|requested|asked\\s+for|wants|would\\s+like` +
          `|instructions?|request|prompt)\\b${USER_WANTS_TEXT}`,
      ),
      re('\\bas\\s+requested\\b(?!\\s+by)'),
      re('\\bas\\s+per\\s+(?:the\\s+user|your)\\b'),
      // The text called a reply to someone: "In this response, I will outline ...".
      re('\\bin\\s+this\\s+(?:response|reply|answer),?\\s+I\\b'),
      re(
        `\\bthe\\s+(?:prompt|input|user${A}s\\s+message)\\s+(?:only\\s+)?(?:mentions|says|asks|specifies` +
          `|gives|includes|contains|provides)\\b`,
      ),
      re(
        `\\bI(?:${A}d|${A}ll|\\s+would|\\s+will|\\s+can)?\\s+(?:be\\s+(?:more\\s+than\\s+)?(?:happy` +
          `|glad)\\s+to\\s+)?help\\s+you\\s+(?:write|create|draft|craft|rewrite)\\b`,
      ),
      // The writer working out what its prompter asked: "first I need to understand what the user is asking for".
      re(
        `\\b(?:I|let\\s+me|let${A}s)\\b[^.?!\\n]{0,40}?\\b(?:understand|figure\\s+out|clarify` +
          `|determine)\\s+what\\s+the\\s+user\\s+(?:is\\s+asking|asked|requested|is\\s+requesting)\\b`,
      ),
      // The writer reads the prompter: "It seems like you're referring to", "I understand you're looking for".
      re(
        `\\b(?:it\\s+(?:seems|looks|appears)\\s+(?:like|that|as\\s+if)|I\\s+understand(?:\\s+that)?)\\s+you` +
          `(?:${A}re|\\s+are|${A}ve|\\s+have|${A}d|\\s+would|\\s+want|\\s+need)?\\b`,
      ),
      re(`\\byou(?:${A}re|\\s+are)\\s+(?:looking\\s+for|asking\\s+for|requesting|referring\\s+to)\\b`),
      re(
        `\\b(?:asking|asked|wants|want|needs)\\s+me\\s+to\\s+(?:write|rewrite|summari[sz]e|create|produce` +
          `|generate|draft|cover|translate)\\b`,
      ),
      re(
        `\\byou\\s+(?:want|need)\\s+(?:\\w+\\s+){0,2}?(?:summari[sz]ed|rewritten|written|translated|edited` +
          `|shortened|paraphrased)\\b`,
      ),
      // The writer as the one given the task: "the article title that I was asked to write about".
      re(
        `\\bI(?:${A}m|\\s+am|\\s+was|\\s+have\\s+been|${A}ve\\s+been)\\s+(?:asked|assigned|instructed` +
          `|told)\\s+to\\s+(?:write|create|generate|summari[sz]e|rewrite|produce|cover)\\b`,
      ),
      re(
        `\\bthe\\s+user(?:${A}s)?\\s+(?:(?:also|just|only|might|may|has|had|is|was)\\s+){0,2}(?:be\\s+)?` +
          `(?:specified|requested|asked\\s+for|asking\\s+for|provided|gave|request|query|prompt` +
          `|instructions?)\\b${USER_WANTS_TEXT}`,
      ),
    ],
    given: [
      re(
        `\\b(?:the|this|that)\\s+(?:provided|given|supplied|attached|pasted|input)\\s+` +
          `(?:\\w+\\s+){0,2}?${INPUT_NOUN}\\b`,
      ),
      // "the topic provided", "no source text was provided in the prompt"; not "data provided by the ministry".
      re(
        `\\b${INPUT_NOUN}\\s+(?:was\\s+|were\\s+|is\\s+|are\\s+|has\\s+been\\s+)?(?:not\\s+)?(?:provided` +
          `|supplied|attached|pasted)\\b${NOT_SOMEONE}`,
      ),
      re(
        `\\b${INPUT_NOUN}\\s+(?:that\\s+)?I\\s+(?:was|am)\\s+(?:asked|given)\\b[^.?!\\n]{0,40}?\\b(?:is` +
          `|was)\\s+not\\s+(?:provided|given|supplied)\\b`,
      ),
      re(`\\b(?:instructions?|prompt|text|information)\\s+given\\s+to\\s+me\\b`),
      re(`\\b(?:provided|given)\\s+as\\s+(?:an?\\s+)?(?:blank|empty)\\b`),
      re(
        '\\bthe\\s+(?:source|input|prompt)\\s+(?:only\\s+)?(?:contains|includes|has|gives)\\s+(?:only\\s+)?' +
          '(?:a|the|one)\\s+(?:headline|title|summary|sentence|link)\\b',
      ),
      re(
        '\\b(?:original|source|provided|input)\\s+(?:text|article|content)\\s+(?:appears' +
          '|seems)\\s+to\\s+be\\s+(?:truncated|incomplete|cut\\s+off|empty|missing)\\b',
      ),
      re(
        '\\boriginal\\s+(?:text|article|content|passage|press\\s+release|story)\\s+(?:was|were|is' +
          '|has\\s+been)\\s+(?:left|kept|preserved|retained|removed|shortened|condensed)\\b',
      ),
      re(
        '\\b(?:keeping|preserving|retaining|maintaining)\\s+(?:all\\s+)?(?:of\\s+)?(?:the\\s+)?(?:key' +
          '|original|main|essential|important|core)\\s+(?:facts|points|information|details|meaning)\\b',
      ),
      re(
        `\\b(?:the|your)\\s+(?:prompt|input|request|message|instructions?)\\s+(?:does\\s+not|doesn${A}t` +
          `|did\\s+not|didn${A}t)\\s+(?:include|give|mention|specify|provide|say|contain)\\b`,
      ),
      re(
        `\\b(?:full|original|complete|source|actual)\\s+(?:text|article|content|story)\\s+(?:was\\s+not` +
          `|wasn${A}t|is\\s+not|isn${A}t)\\s+(?:available|accessible|provided|included)\\b`,
      ),
      re(
        `\\bthe\\s+(?:original|provided|given|source)\\s+(?:article|text|passage|content|press\\s+release` +
          `|story)\\b[^.\\n]{0,60}?\\b(?:does\\s+not|doesn${A}t|did\\s+not|didn${A}t)\\s+(?:give|mention` +
          `|specify|provide|include|state|say)\\b`,
      ),
    ],
    request: [
      re(`\\b${PLEASE}\\s+(?:please\\s+|kindly\\s+)?${ASK}(?:\\s+me)?\\b`),
      re(
        `${atStart('(?:drop|paste|share|send)')}\\s+(?:me\\s+)?(?:the|your)\\s+` + `(?:\\w+\\s+){0,2}?${INPUT_NOUN}\\b`,
        'im',
      ),
      re(
        `\\bI(?:\\s+would|\\s+will|${A}d|${A}ll)?\\s+need\\s+(?:the|more|some|a|an|additional|further)\\s+` +
          `(?:\\w+\\s+){0,3}?${INPUT_NOUN}\\b`,
      ),
    ],
    reasoning: [
      re(
        `\\bthe\\s+user(?:${A}s)?\\s+(?:(?:might|may|must|probably|just|also|could)\\s+(?:be\\s+` +
          `|have\\s+)?)?(?:is\\s+asking|asking|asks|asked|wants|wanted|has\\s+asked|requested|has\\s+requested` +
          `|specified|specifies|would\\s+like|made|request|query|prompt|instructions?)\\b${USER_WANTS_TEXT}`,
      ),
      re(
        '\\b(?:understand|figure\\s+out|clarify|consider|think\\s+about' +
          '|determine)\\s+what\\s+the\\s+user\\s+(?:is\\s+asking|wants|needs|asked|requested' +
          '|is\\s+looking\\s+for|means)\\b',
      ),
      // The writer plans its text: "I need to structure the article", "I should clarify that".
      re(
        `\\bI\\s+(?:should|need\\s+to|must|will\\s+need\\s+to|want\\s+to)\\s+(?:clarify|structure` +
          `|make\\s+sure|ensure|avoid|mention|check|focus|include|offer|outline|verify|confirm)\\b`,
      ),
      re(
        `${atStart(THEN)}\\s*,?\\s+(?:${THEN}\\s*,?\\s+)?(?:I|we|let${A}s|let\\s+me)\\s+` +
          `(?:need|have|should|must|will|${A}ll|draft|write|start|outline)\\b`,
        'im',
      ),
      re(
        `\\b(?:I|we)\\s+(?:need|have|should|must)\\s+to\\s+(?:write|rewrite|summari[sz]e|produce|generate` +
          `|output|extract|craft|paraphrase)\\b(?!\\s+(?:to|back)\\b)`,
      ),
      re('\\b(?:structure|format|organi[sz]e)\\s+(?:it|this|the\\s+\\w+)\\s+as\\s+follows\\b'),
      re(`\\blet\\s+me\\s+(?:think|check|re-?read|recall|start|draft|outline|verify|count|structure|analy[sz]e)\\b`),
      re(`${atStart('wait')}\\s*,`, 'im'),
      re('^(?:thinking|thoughts|reasoning|plan|my\\s+plan)\\s*:', 'im'),
      re(`\\bI(?:${A}ve|\\s+have)\\s+assumed\\b`),
      re('\\brely\\s+on\\s+(?:my\\s+)?(?:general|existing|prior|background)\\s+knowledge\\b'),
      re(`${atStart('hmm+')}\\s*[,.]`, 'im'),
      re(`\\bI(?:\\s+will|${A}ll)\\s+(?:now\\s+)?(?:outline|summari[sz]e|break\\s+down|highlight)\\b`),
      re('\\bbefore\\s+I\\s+begin\\b'),
      re(
        `\\bI(?:\\s+will|${A}ll)\\s+now\\s+(?:write|rewrite|summari[sz]e|produce|generate|draft|craft` +
          `|compose)\\s+(?:the|a|an|this)\\s+(?:\\w+\\s+){0,3}?${WRITING}\\b`,
      ),
    ],
    preamble: [
      re(`,\\s*${HERE_IS}\\s+(?:a|an|the|your|my)\\s+(?:[\\w-]+\\s+){0,4}?${WRITING}s?\\b`),
      re(
        `${atStart(`(?:${OPENER}\\s*[!,.]\\s*)?${HERE_IS}`)}\\s+(?:a|an|the|your|my|some)\\s+` +
          `(?:[\\w-]+\\s+){0,5}?${WRITING}s?\\b`,
        'im',
      ),
    ],
    closer: [
      re(
        `\\bI\\s+hope\\s+(?:this|that|these|you\\s+find\\s+(?:this|it))\\s+(?:\\w+\\s+){0,3}?(?:helps?` +
          `|was\\s+helpful|is\\s+helpful|helpful|useful|meets\\s+your)`,
      ),
      re(
        `\\blet\\s+me\\s+know\\s+if\\s+(?:you(?:${A}d|\\s+would)?\\s+(?:like|need|want|have)|there(?:${A}s` +
          `|\\s+is)\\s+anything|I\\s+can)\\b`,
      ),
      re('\\bfeel\\s+free\\s+to\\s+(?:ask|let\\s+me\\s+know|reach\\s+out|adjust|modify|edit|tweak|customi[sz]e)\\b'),
      re(`\\bis\\s+there\\s+anything\\s+else\\s+(?:I\\s+can|you(?:${A}d|\\s+would)\\s+like)\\b`),
      re(
        `\\bI(?:${A}d|\\s+would)\\s+be\\s+(?:more\\s+than\\s+)?(?:happy|glad)\\s+to\\s+(?:help|assist` +
          `|provide|write|make|expand|revise)\\b`,
      ),
      re(`\\b${I_AM}\\s+here\\s+to\\s+help\\b`),
      // An offer of service, not "let me know what you think".
      re(`\\blet\\s+me\\s+know\\s+(?:how|what|if|whether|and)\\b[^.?!\\n]{0,50}?\\b(?:proceed|assist|help|prefer)\\b`),
      re('\\b(?:more\\s+than\\s+)?happy\\s+to\\s+(?:help|assist)\\b'),
    ],
    inability: [
      re(
        `\\b${I_NOT}\\s+(?:see|have|access|open|browse|retrieve|write|provide|produce|generate|create` +
          `|summari[sz]e|rewrite|determine|choose|decide|verify|confirm|find|locate)\\b`,
      ),
      re(`\\b(?:${I_AM}|I\\s+was)\\s+(?:not\\s+(?:able|capable|aware)|unable|incapable)\\b`),
    ],
    impossible: [
      re(
        `\\b(?:cannot|can${A}?t|unable\\s+to|impossible|not\\s+possible)\\b[^.?!\\n]{0,40}?\\b(?:retrieve` +
          `|access|open)\\b`,
      ),
      re(
        '\\bwithout\\s+(?:knowing|the\\s+(?:actual|full|original|complete)|more\\s+(?:context|information' +
          '|details)|any\\s+(?:details|context|information|facts))\\b',
      ),
      re('\\b(?:rendered|was|is)\\s+impossible\\b'),
      re('\\b(?:appears|seems)\\s+to\\s+be\\s+(?:empty|blank|incomplete|truncated|cut\\s+off)\\b'),
      re('\\b(?:without|would\\s+require|requires?|require)\\s+(?:fabricating|inventing|making\\s+up)\\b'),
    ],
    tool: [
      re('\\bthe\\s+(?:AI|writing|generation)\\s+(?:tool|system|model|assistant)\\b'),
      re('\\b(?:text|content|article)\\s+generation\\b|\\bwriting\\s+task\\b'),
    ],
    self: [
      re('^(?:please\\s+)?note\\s*:', 'im'),
      re('\\b(?:has|have)\\s+been\\s+(?:adjusted|rewritten|paraphrased|condensed|minimi[sz]ed)\\b'),
      re(
        '\\b(?:this|the)\\s+(?:article|content|text|piece|summary|rewrite|post)\\s+(?:follows|focuses\\s+on' +
          '|includes|adheres\\s+to|complies\\s+with|is\\s+based\\s+on|is\\s+(?:written|designed|optimi[sz]ed' +
          '|structured|formatted))\\b',
      ),
    ],
    opening: [re(`${atStart(OPENER)}\\s*[!,.]\\s*(?:here|below|I)\\b`, 'im')],
    input: [
      re(`\\b(?:article|news)\\s+(?:title|topic|text|content)\\b`),
      re('\\b(?:source|input)\\s+(?:text|material|article|content)\\b'),
      re('\\b(?:the|this|a|specific|main|exact)\\s+(?:topic|prompt|subject\\s+matter)\\b'),
      re('\\bthis\\s+(?:request|task)\\b|\\bfrom\\s+(?:a|the)\\s+(?:url|link)\\b'),
      re('\\b(?:more|enough|sufficient)\\s+(?:specific\\s+)?(?:context|details|information)\\b'),
      re('\\bthe\\s+original\\s+(?:article|text|press\\s+release|story|content|post|news)\\b'),
    ],
    making: [
      re(`\\b${MAKE}\\s+(?:(?:a|an|the|this|that|your|my|some|any)\\s+)?(?:[\\w-]+\\s+){0,3}?${WRITING}s?\\b`),
      re('\\bbreak\\s+(?:it|this)\\s+down\\b'),
      re(`\\b(?:summari[sz]e|paraphrase|rewrite|condense)\\s+(?:it|this|them)\\b`),
      re(`\\bthe\\s+${WRITING}\\s+I\\s+(?:write|will\\s+write|am\\s+writing|create|produce|generate)\\b`),
      re(
        `\\b${I_HAVE}\\s+(?:crafted|written|rewritten|generated|produced|created|summari[sz]ed|paraphrased` +
          `|condensed|adjusted|kept|removed|shortened|simplified|revised|trimmed|left|omitted|translated)\\b`,
      ),
      re('\\bmake\\s+it\\s+(?:shorter|longer|more\\s+\\w+|less\\s+\\w+)\\b'),
      re(`\\bthe\\s+${WRITING}\\s+should\\s+(?:open|start|begin|end|close|focus|include|cover)\\b`),
    ],
    format: [
      re('\\b(?:markdown|html\\s+(?:syntax|format|tags)|json\\s+format|subheadings|word\\s+count)\\b'),
      re('\\b\\d+-\\d+\\s+sentences?\\b'),
      re('\\b(?:textual|standard|markdown|html)\\s+formatting\\b|\\b\\d+-word\\b'),
      re(
        '\\b(?:under|below|about|around|at\\s+least|no\\s+more\\s+than|maximum\\s+of|limited\\s+to' +
          '|up\\s+to)\\s+\\d+\\s+words\\b',
      ),
      re('\\boptimi[sz]ed\\s+for\\s+(?:seo|search\\s+engines)\\b'),
      re('\\b(?:seo|adsense)(?:\\s+and\\s+seo)?\\s+(?:best\\s+practices|guidelines|optimi[sz]ed|friendly)\\b'),
      re('\\breadability\\s+(?:level|score|index)\\b|\\beighth-grade\\b|\\b(?:general|target)\\s+audience\\b'),
      re(
        '\\b(?:neutral|professional|formal|conversational),?\\s+(?:(?:professional|neutral)\\s+)?(?:tone' +
          '|third-person)\\b',
      ),
    ],
    yours: [re(`\\b(?:for|of|in|to)\\s+your\\s+${YOUR_TEXT}\\b`)],
    persona: [
      re(
        `\\bI\\s+(?:do\\s+not|don${A}t)\\s+(?:have|possess)\\s+(?:any\\s+)?(?:personal\\s+)?(?:opinions` +
          `|feelings|emotions|beliefs|preferences|biases|experiences)\\b`,
      ),
      re(`\\b${I_AM}\\s+incapable\\s+of\\s+having\\b`),
    ],
    // The bracket first, so that the search jumps from one "[" to the next.
    citation: [re(String.raw`\[(?<=[\w\u00c0-\u024f.,;:!?)]\[)\d{1,2}\](?=[\s\w\u00c0-\u024f]|$)`, 'm')],
  },
  frames: {
    transcript: [
      re(`\\b(?:I|we)\\s+(?:asked|prompted|told|typed|queried|instructed|fed)\\s+(?:\\w+\\s+){0,2}?${CHATBOT}\\b`),
      re(
        `\\b(?:conversation|chat|exchange|transcript|dialogue)\\s+(?:with|between)\\s+` +
          `(?:\\w+\\s+){0,3}?${CHATBOT}\\b`,
      ),
      re(
        `\\b(?:answers?|responses?|replies|reply)\\s+(?:that\\s+)?${CHATBOT}\\s+(?:came\\s+up\\s+with|gave` +
          `|provided|generated|wrote)\\b`,
      ),
      re(`\\b${CHATBOT}(?:${A}s)?\\s+(?:answer|response|reply|output)s?\\b`),
      re(`^(?:hi|hello|hey|good\\s+(?:morning|afternoon|evening)),?\\s+${CHATBOT}\\b`, 'im'),
    ],
    template: [
      re('\\b(?:templates?|placeholders?|boilerplate)\\b'),
      re('\\bfill\\s+(?:in|out)\\b'),
      re('\\breplace\\s+(?:the\\s+)?(?:text|words|bracketed|brackets)\\b'),
      re('\\bsample\\s+(?:release|letter|email|text|press\\s+release)\\b'),
      re('\\b(?:guide|how)\\s+to\\s+(?:write|format)\\b|\\bwhere\\s+to\\s+put\\b'),
    ],
  },
  attribution: [
    re(
      `,\\s+(?:[\\w'’-]+\\s+){0,5}?(?:said|says|replied|responded|answered|wrote|writes|told(?:\\s+\\w+)?` +
        `|added|complained|explained|posted|tweeted|joked|claimed|admitted|noted|warned)\\b[^,]*(?:,|$)`,
    ),
    re(
      '\\b(?:said|says|replied|replies|responded|answered|wrote|writes|told|explained|claimed|admitted|noted' +
        '|warned)\\s+(?:\\w+\\s+){0,2}?that\\b',
    ),
  ],
  named: re(`\\b(?:the|a|this|that)\\s+${NAMED_AS}\\s*:?\\s*(?:\\S+\\s+){0,2}$`),
  zeroCitation: /\[0\]/,
};
