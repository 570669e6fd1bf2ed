import { describe, expect, it } from 'vitest';
import { LEFTOVER_LEXICONS } from '../src/engine/lexicon/leftovers/index.js';
import type { Signal } from '../src/engine/lexicon/leftovers/types.js';

const EN = LEFTOVER_LEXICONS.en!;

/**
 * One row per pattern of the English leftover words, in the lexicon's order: the pattern finds
 * exactly these words in a sentence of our own. A pattern removed, added or moved without its row
 * fails; so does one that stops finding its example. More rows for alternatives that matter.
 */
const ROWS: Array<[Signal, number, string, string]> = [
  ['machine', 0, 'As a large language model, I cannot vote.', 'As a large language model'],
  ['machine', 0, 'Sorry, as a language AI model, I have no view.', 'as a language AI model'],
  ['machine', 1, 'As an AI, I do not sleep.', 'As an AI'],
  ['machine', 1, 'As an AI created by a lab, I answer questions.', 'As an AI'],
  ['machine', 2, "I'm just an AI and cannot see the match.", "I'm just an AI"],
  ['machine', 3, 'I am programmed to avoid medical advice.', 'I am programmed to'],
  ['machine', 4, 'My training data only includes events up to 2022.', 'My training data only includes'],
  ['machine', 5, 'That happened after my knowledge cutoff.', 'my knowledge cutoff'],
  ['machine', 6, 'As of my last training update, the bridge was open.', 'As of my last training update'],
  ['machine', 7, 'My capabilities are focused on coding tasks.', 'My capabilities are focused'],
  ['machine', 8, "I don't have browsing capabilities at the moment.", "I don't have browsing capabilit"],
  ['residue', 0, 'Error: 500, {message: internal}', 'Error: 500, {'],
  ['residue', 1, 'Response: {"error": {"code": 400}}', '{"error": {'],
  ['residue', 2, '"type": "insufficient_quota"', '"type": "insufficient_quota'],
  ['residue', 3, 'The tide rose. ```markdown', ' ```markdown'],
  ['residue', 4, '</think> The tide rose.', '</think>'],
  ['residue', 5, 'There was an error while generating the summary.', 'There was an error while generating the summary'],
  ['residue', 6, 'We failed to meet the minimum word count.', 'failed to meet the minimum word count'],
  ['residue', 7, 'Unable to generate the story right now.', 'Unable to generate the story'],
  ['residue', 8, 'You exceeded your current quota for the month.', 'You exceeded your current quota'],
  ['residue', 9, 'The tide rose. Regenerate draft', 'Regenerate draft'],
  ['residue', 10, 'ChatGPT can make mistakes. Check important info.', 'ChatGPT can make mistakes'],
  ['residue', 11, 'Copy code', 'Copy code'],
  ['placeholder', 0, 'Call [enter phone number] today.', '[enter phone number]'],
  ['placeholder', 1, 'A guide to [main_keyword] for beginners.', '[main_keyword]'],
  ['placeholder', 2, 'Tickets cost [number of dollars] each.', '[number of dollars]'],
  ['placeholder', 4, 'The mayor (name not provided) spoke first.', '(name not provided)'],
  ['placeholder', 5, 'Welcome to {{city_name}} this spring.', '{{city_name}}'],
  ['placeholder', 5, 'Read {{Article Title}} today.', '{{Article Title}}'],
  ['placeholder', 6, 'Visit [website] for more.', '[website]'],
  ['furniture', 0, 'Focus keyphrase: ferry times', 'Focus keyphrase:'],
  ['furniture', 1, 'Rewritten article: The ferry runs hourly.', 'Rewritten article:'],
  ['furniture', 2, 'Conclusion: Summarize the main points.', 'Conclusion: Summarize'],
  ['furniture', 3, '📌 Article body: The ferry runs hourly.', '📌 Article body:'],
  ['furniture', 4, 'Word count: 850', 'Word count: 850'],
  ['offline', 2, 'I cannot open URLs, sorry.', 'I cannot open URLs'],
  ['offline', 2, "I don't have access to the article at that link.", "I don't have access to the article at that link"],
  ['field', 0, 'Headline: Ferry times change', 'Headline:'],
  ['refusal', 0, "I can't assist with that.", "I can't assist with that"],
  ['refusal', 1, 'I am sorry, but this is not possible.', 'I am sorry, but this'],
  ['refusal', 3, 'Your prompt goes against the rules.', 'Your prompt goes against'],
  ['refusal', 4, 'This task is beyond what one reply allows.', 'This task is beyond'],
  ['refusal', 5, 'I cannot comply with this request.', 'I cannot comply with this request'],
  ['commission', 0, 'Tell me what you want me to cover.', 'you want me to'],
  ['commission', 1, "Send the text you'd like rewritten.", "you'd like rewritten"],
  ['commission', 2, 'The link you shared is broken.', 'link you shared'],
  ['commission', 3, "You've attached a blank page.", "You've attached"],
  ['commission', 4, 'There was no article attached to your message.', 'attached to your message'],
  ['commission', 5, 'Following your guidelines, the tone is neutral.', 'your guidelines'],
  ['commission', 6, 'I kept it short, as you asked.', 'as you asked'],
  ['commission', 7, 'The user wants a short article on ferries.', 'The user wants'],
  ['commission', 8, 'Here it is, as requested.', 'as requested'],
  ['commission', 9, 'No headings, as per your note.', 'as per your'],
  ['commission', 14, 'It appears that you have sent a photo.', 'It appears that you have'],
  ['commission', 15, "You're referring to last week's storm.", "You're referring to"],
  ['commission', 18, "I've been asked to write about ferries.", "I've been asked to write"],
  ['commission', 18, 'I was assigned to cover the vote.', 'I was assigned to cover'],
  ['commission', 13, 'First I need to figure out what the user asked.', 'I need to figure out what the user asked'],
  ['commission', 19, 'The user also requested a shorter summary.', 'The user also requested'],
  ['given', 0, 'Based on the attached press release, the port grew.', 'the attached press release'],
  ['given', 1, 'The keywords were provided to me earlier.', 'keywords were provided'],
  ['given', 1, 'No content was supplied with the request.', 'content was supplied'],
  ['given', 2, 'The topic that I was given is not provided.', 'topic that I was given is not provided'],
  ['given', 3, 'The instructions given to me were brief.', 'instructions given to me'],
  ['given', 4, 'The notes were provided as an empty file.', 'provided as an empty'],
  ['given', 7, 'The original story was kept intact.', 'original story was kept'],
  ['given', 8, 'The piece is shorter while retaining the main points.', 'retaining the main points'],
  ['given', 11, 'The source article did not mention a date.', 'The source article did not mention'],
  ['request', 0, 'Kindly paste the speech below.', 'Kindly paste'],
  ['request', 0, 'Would you mind sharing the link?', 'Would you mind sharing'],
  ['request', 1, 'Share the full article and I will start.', 'Share the full article'],
  ['request', 2, "I'd need the full text to go on.", "I'd need the full text"],
  ['reasoning', 0, 'The user might be asking for a summary of the report.', 'The user might be asking'],
  ['reasoning', 1, 'First, consider what the user is looking for.', 'consider what the user is looking for'],
  ['reasoning', 2, 'I should avoid bullet points here.', 'I should avoid'],
  ['reasoning', 3, 'Hmm, so I need a title first.', 'Hmm, so I need'],
  ['reasoning', 4, 'We have to extract the claims first.', 'We have to extract'],
  ['reasoning', 5, 'I will organize the piece as follows:', 'organize the piece as follows'],
  ['reasoning', 6, 'Let me re-read the prompt.', 'Let me re-read'],
  ['reasoning', 7, 'Wait, the date is wrong.', 'Wait,'],
  ['reasoning', 13, 'Before I begin, a word on tone.', 'Before I begin'],
  ['reasoning', 14, 'I will now draft the opening paragraph.', 'I will now draft the opening paragraph'],
  ['preamble', 1, 'Absolutely! Below is a summary of the report.', 'Absolutely! Below is a summary'],
  ['preamble', 1, 'Here are some headline options for the story.', 'Here are some headline'],
  ['closer', 0, 'I hope you find this useful.', 'I hope you find this useful'],
  ['closer', 1, 'Let me know if there is anything to change.', 'Let me know if there is anything'],
  ['closer', 2, 'Feel free to tweak the wording.', 'Feel free to tweak'],
  ['closer', 3, 'Is there anything else I can do?', 'Is there anything else I can'],
  ['closer', 4, 'I would be glad to expand it.', 'I would be glad to expand'],
  ['closer', 5, "I'm here to help.", "I'm here to help"],
  ['closer', 6, 'Let me know whether I should help further.', 'Let me know whether I should help'],
  ['closer', 7, 'Always happy to assist.', 'happy to assist'],
  ['inability', 0, "I don't see a file here.", "I don't see"],
  ['inability', 1, 'I am not aware of that event.', 'I am not aware'],
  ['impossible', 0, 'The tool cannot retrieve pages behind a paywall.', 'cannot retrieve'],
  ['impossible', 1, 'Without the full text, nothing can be said.', 'Without the full'],
  ['impossible', 2, 'Writing the piece was impossible.', 'was impossible'],
  ['impossible', 4, 'A longer story would require inventing quotes.', 'would require inventing'],
  ['tool', 0, 'The writing system had no facts to use.', 'The writing system'],
  ['self', 0, 'Note: quotes were shortened.', 'Note:'],
  ['self', 1, 'Long sentences have been condensed.', 'have been condensed'],
  ['self', 2, 'This summary adheres to the house style.', 'This summary adheres to'],
  ['opening', 0, 'Of course! I can do that.', 'Of course! I'],
  ['input', 0, 'The news title is unclear.', 'news title'],
  ['input', 1, 'The input text was short.', 'input text'],
  ['input', 2, 'The exact topic is unclear.', 'exact topic'],
  ['input', 3, 'I fetched it from the URL.', 'from the URL'],
  ['input', 4, 'Give more specific context.', 'more specific context'],
  ['making', 0, 'I crafted a short opinion piece.', 'crafted a short opinion piece'],
  ['tool', 1, 'This is a content generation job.', 'content generation'],
  ['making', 2, 'Please condense them.', 'condense them'],
  ['making', 3, 'The essay I will write is short.', 'The essay I will write'],
  ['making', 4, "I've summarised the hearing.", "I've summarised"],
  ['format', 1, 'Use 3-4 sentences.', '3-4 sentences'],
  ['format', 2, 'Keep the HTML formatting.', 'HTML formatting'],
  ['format', 3, 'Keep it at least 500 words.', 'at least 500 words'],
  ['format', 5, 'The copy is SEO friendly.', 'SEO friendly'],
  ['format', 6, 'It is written for a general audience.', 'general audience'],
  ['format', 7, 'It uses a formal tone.', 'formal tone'],
  ['yours', 0, 'This fits the tone of your blog.', 'of your blog'],
  ['persona', 0, 'I do not possess personal beliefs.', 'I do not possess personal beliefs'],
  ['persona', 1, "I'm incapable of having a favourite.", "I'm incapable of having"],
  ['citation', 0, 'Rates rose sharply.[3] Banks followed.', '[3]'],
  ['offline', 0, "I'm unable to search the web for this.", "I'm unable to search the web"],
  ['offline', 1, "I don't have up-to-date news on the strike.", "I don't have up-to-date news"],
  ['refusal', 2, 'I cannot create stories that glorify crime.', 'I cannot create stories that glorify'],
  ['commission', 16, 'You asked me to translate the letter.', 'asked me to translate'],
  ['commission', 17, 'Send what you need paraphrased.', 'you need paraphrased'],
  ['given', 9, 'Your message did not mention a deadline.', 'Your message did not mention'],
  ['given', 10, "The actual story wasn't included.", "actual story wasn't included"],
  ['reasoning', 8, 'Reasoning: the vote comes first.', 'Reasoning:'],
  ['reasoning', 9, 'I have assumed the match was played at home.', 'I have assumed'],
  ['preamble', 0, 'With that in mind, here is a short overview of the plan.', ', here is a short overview'],
  ['impossible', 3, 'The file seems to be blank.', 'seems to be blank'],
  ['input', 5, 'Compare it with the original post.', 'the original post'],
  ['making', 5, 'Can you make it less formal?', 'make it less formal'],
  ['making', 6, 'The summary should focus on costs.', 'The summary should focus'],
  ['making', 1, "Send it and I'll break it down.", 'break it down'],
  ['format', 0, 'Add subheadings to each part.', 'subheadings'],
  ['commission', 10, 'In this reply, I cover the vote.', 'In this reply, I'],
  ['commission', 11, 'The input only gives a date.', 'The input only gives'],
  ['commission', 12, 'I can help you draft the letter.', 'I can help you draft'],
  ['given', 5, 'The prompt has only one sentence.', 'The prompt has only one sentence'],
  ['given', 6, 'The source content seems to be missing.', 'source content seems to be missing'],
  ['reasoning', 10, 'I will rely on background knowledge here.', 'rely on background knowledge'],
  ['reasoning', 11, 'Hmm. No date is given.', 'Hmm.'],
  ['reasoning', 12, "I'll highlight the main changes.", "I'll highlight"],
  ['format', 4, 'The page is optimised for search engines.', 'optimised for search engines'],
  ['placeholder', 3, '(Image suggestion: a quiet harbour at dawn)', '(Image suggestion: a quiet harbour at dawn)'],
  ['placeholder', 3, '[Photo: a ferry leaving the quay]', '[Photo: a ferry leaving the quay]'],
  ['furniture', 0, 'Meta description (150 characters): Ferry times change.', 'Meta description (150 characters):'],
  ['furniture', 0, 'Slug: ferry-times', 'Slug:'],
];

describe('the English leftover words', () => {
  it.each(ROWS)('%s #%i finds its words in "%s"', (signal, index, text, words) => {
    const re = EN.signals[signal][index];
    expect(re, `no pattern ${signal} #${index}`).toBeDefined();
    expect(
      new RegExp(re!.source, re!.flags.replace('g', '') + (re!.flags.includes('m') ? '' : 'm')).exec(text)?.[0],
    ).toBe(words);
  });

  it('has a row for every pattern', () => {
    for (const [signal, list] of Object.entries(EN.signals)) {
      for (let i = 0; i < list.length; i++)
        expect(
          ROWS.some(([s, n]) => s === signal && n === i),
          `${signal} #${i} has no row`,
        ).toBe(true);
    }
  });
});

/** Frames and attribution: what makes a leftover someone else's. */
const FRAMES: Array<['transcript' | 'template', number, string]> = [
  ['transcript', 0, 'I asked ChatGPT for a menu.'],
  ['transcript', 1, 'Here is my conversation with the chatbot.'],
  ['transcript', 2, 'These are the answers the bot came up with.'],
  ['transcript', 3, "Claude's answer surprised me."],
  ['transcript', 4, 'Good morning, ChatGPT'],
  ['template', 0, 'Use this boilerplate for every release.'],
  ['template', 1, 'Fill out the form below.'],
  ['template', 2, 'Replace the bracketed words with yours.'],
  ['template', 3, 'Here is a sample press release.'],
  ['template', 4, 'Our guide to write a pitch follows.'],
];

describe('frames that make a leftover reported', () => {
  it.each(FRAMES)('%s #%i: "%s"', (frame, index, text) => {
    expect(EN.frames[frame][index]!.test(text)).toBe(true);
  });
  it('has a row for every frame pattern', () => {
    for (const frame of ['transcript', 'template'] as const) {
      for (let i = 0; i < EN.frames[frame].length; i++)
        expect(
          FRAMES.some(([f, n]) => f === frame && n === i),
          `${frame} #${i}`,
        ).toBe(true);
    }
  });
  it('reads attribution after the words, before them, and a phrase named', () => {
    expect(EN.attribution[0]!.test(', one reader wrote in a letter.')).toBe(true);
    expect(EN.attribution[1]!.test('The bot replied that')).toBe(true);
    expect(EN.named.test('Listings showed the phrase Sorry ')).toBe(true);
    expect(EN.named.test('The council met on ')).toBe(false);
    expect(EN.zeroCitation.test('[0]')).toBe(true);
    expect(EN.zeroCitation.test('[10]')).toBe(false);
  });
});
