import { chatbotArtifact } from '../../src/engine/checks/chatbot-artifact.js';
import { describe, expect, it } from 'vitest';
import { ruleTester, runCheck, type ExpectedFinding, type ValidCase } from '../helpers/rule-tester.js';

const found = (
  messageId: string,
  evidence: string[],
  severity: ExpectedFinding['severity'] = 'high',
): ExpectedFinding => ({ messageId, severity, evidence });
const story = 'The harbour board approved the dredging of the channel on Tuesday after a long debate.';

/**
 * Human sentences that look like leftovers: authors' and editors' notes, people who asked a chatbot
 * something, newsletters, recipe blogs, how-to templates, press-release guides, reported speech.
 * Each alone, as the human-sentence control reads them. Those a person could have written either
 * way may be worth a look (low); the rest stay silent.
 */
const LOOKALIKES: Array<string | ValidCase> = [
  "Author's note: I wrote this story over two winters, and I have changed the names of everyone in it.",
  "Editor's note: This article was updated on Tuesday to include the council's response.",
  'I asked ChatGPT to write a poem about my cat, and the result was oddly moving.',
  'When I asked the chatbot for a recipe, it suggested adding glue to the pizza sauce.',
  'I asked the AI to summarize the report, and it invented two of the five findings.',
  'If you enjoyed this newsletter, reply to this email and let me know what you would like me to cover next.',
  'Hit reply and tell me what you think; I read every message.',
  'Let me know in the comments if you try this recipe!',
  'Let me know what you think in the comments below.',
  'I hope this helps anyone else who is struggling with a leaky tap.',
  'Feel free to adjust the spices to your taste.',
  'If you have a tip about the story, please share the details with our newsroom.',
  { text: 'Please provide your full name and the title of your article when you submit.', atMost: 'low' },
  'Could you share the link to the council minutes, a reader asked in an email.',
  'Copy the template below and replace the text in brackets with your own details.',
  { text: 'Fill in the template: [Company Name] announces [Product] on [Date].', atMost: 'low' },
  {
    text: 'Start your release with the dateline, for example: CITY, [Date] - [Company Name] today announced.',
    atMost: 'low',
  },
  { text: 'Our guide to press releases shows where to put [Your Name] and your phone number.', atMost: 'low' },
  'Write your meta description in under 160 characters and include your focus keyword.',
  'The article you provided to the court was incomplete, the judge said.',
  'As requested by the committee, the minister published the letters on Friday.',
  'I cannot write about my brother without crying, she said.',
  "I don't have access to the building any more, since the landlord changed the locks.",
  'I am not able to comment on an ongoing investigation, the spokesperson said.',
  'Without knowing the cause of the fire, investigators cannot rule out arson.',
  'The user wants to find the nearest charging station quickly, so the app shows a map first.',
  'Now I need to write the speech, and the deadline is tomorrow.',
  'Sure, here is the thing: nobody wanted the stadium in the first place.',
  'Here is a summary of the changes in this release:',
  "Here's the story of how a small bakery survived the pandemic.",
  'Below is a list of the schools that will close on Monday.',
  'As an AI researcher, I have spent a decade studying how machines learn language.',
  'As an artificial intelligence company, we take safety seriously, the chief executive said.',
  { text: 'The chatbot replied that as an AI language model it could not give legal advice.', atMost: 'low' },
  { text: 'Users reported answers that began with "As an AI language model" on the shopping site.', atMost: 'low' },
  { text: 'The phrase "Regenerate response" appeared at the end of the published paper.', atMost: 'low' },
  'I was trained to spot forged signatures when I joined the bank in 1998.',
  'My training data for the marathon came from a watch I wore every day.',
  'The data provided by the ministry showed a rise in exports.',
  'The information provided to investors was misleading, regulators said.',
  'Details of the plan were provided by officials on condition of anonymity.',
  'Thanks in advance for your response, and please send your availability by Friday.',
  "Please send me your questions and I'll answer them in next week's column.",
  'If you could send me a copy of the article, I would be grateful, the reader wrote.',
  'We need to write to our representatives before the vote on Thursday.',
  'Wait, there is more: the club also signed a new goalkeeper.',
  "I can't help you with this, the clerk told me, and closed the window.",
  "I'm sorry, but I don't think that's fair to the players, the coach said.",
  'This request was denied by the court in March.',
  { text: 'Keywords: climate adaptation, coastal flooding, municipal planning', atMost: 'low' },
  'The error message read: Error 429, too many requests.',
  'The model you want me to review is the 2019 version, the mechanic said.',
  "The report includes a summary of the article's main findings.",
  "The content follows the same structure as last year's report.",
  'In this article, I will walk you through the steps to write a strong cover letter.',
  'I will write a full review of the phone once I have used it for a month.',
  { text: 'I need more information about the program before I can recommend it, the senator said.', atMost: 'low' },
  { text: 'Please provide more details about your setup so that I can help you troubleshoot.', atMost: 'low' },
  'I apologize, but I have to disagree with the council on this one.',
  'My apologies, but the meeting has been moved to Thursday.',
  "I've assumed a 5 percent interest rate in the calculations below.",
  "Since the letter didn't include a return address, the clerk kept it on file.",
  'The full text of the speech was not available before the deadline.',
  'The original article, published in 1998, was reprinted in the anthology.',
  "I couldn't find the receipt, so I paid twice.",
  'Would you like me to read it again? the teacher asked.',
  'My editor asked me to write about the floods, so I drove north on Monday.',
  'My daughter wants me to write a book about our trip.',
  'The speech should open with a joke, her coach told her.',
  'Here is the full report, published by the ministry on Friday.',
  "Based on the evidence provided, here is the court's ruling in full.",
  "I've kept the receipts from every trip since 2010.",
  'Please note: the library will be closed on Monday.',
  'Note: Prices were correct at the time of publication.',
  'Thinking: a new exhibition at the Tate asks what it means to think.',
  'Plan: the council will vote on the budget in March.',
  'He is asking me to write him a reference for the job.',
  'If you want your essay edited, send it to the writing centre.',
  'The website appears to be empty after the company went bust.',
  { text: "I'm not able to browse the internet at work, so I read the paper at lunch.", atMost: 'low' },
  { text: "I don't have current information on his whereabouts, the officer said.", atMost: 'low' },
  { text: "Sorry, I can't write articles that promote gambling, the columnist wrote in reply.", atMost: 'low' },
  'Our 500-word essay contest closes on Friday.',
  'Keyword density is one of many things a good editor ignores.',
  'As a digital assistant, Alexa can set timers and play music.',
  {
    text: 'As a conversational AI, the bot answers customer questions around the clock, the bank said.',
    atMost: 'low',
  },
  'I have removed the old fence and planted a hedge.',
  'Make it shorter, the editor told me, and I did.',
  'The report should include a budget, the committee said.',
  'In this review, I have simplified the technical terms for general readers.',
  'It looks like you have found the right page for our summer menu.',
  'You need your passport renewed before you travel.',
  'Please resend the form with a signature.',
  "The prompt for this year's essay contest asks students to describe a hero.",
  "The following is a summary of the council's decision, released on Monday.",
  'The following is an edited transcript of the interview.',
  'The following is a rewritten version of a speech he gave in 2019.',
  "Below you'll find the full schedule for the festival.",
  "Sure thing! Below you'll find the recipe my grandmother used.",
  { text: "I'd be happy to help you write your wedding speech, my sister said.", atMost: 'low' },
  'In this response to critics, the minister defended the plan.',
  'In this reply, I want to address three points raised by readers.',
  'The essay prompt mentions a turning point in your life.',
  'I have translated the poem from Spanish with help from my mother.',
  'Without a map, we had to rely on general knowledge of the terrain.',
  'Hmm, that sounds like a familiar excuse.',
  'I will outline the plan at the meeting on Thursday, the mayor said.',
  'The source only contains a headline and a photo, the editor noted.',
  'The original text appears to be lost, historians say.',
  'Please check the schedule before you travel.',
  'Please review the terms before signing the contract.',
  'This article is based on interviews with 40 residents.',
  'Our guide is optimized for search engines, the agency boasts.',
  'I was unable to reach the landlord for comment.',
  "I'm afraid I can't make it to the party on Saturday.",
  "To comply with the court's request, I have omitted the names of the children.",
  'I hope this article answers some of your questions about the new tax.',
  "Here you go: the winning numbers from Saturday's draw.",
  'The photo (Image: Reuters) shows the bridge after the flood.',
  'Slugs and snails ate most of the lettuce this year.',
  '[Photo: Anna Lind for the Herald]',
  'The meta description of a page is the short text under its title in search results.',
];

ruleTester(chatbotArtifact, {
  valid: [
    'Here is what we know about the storm.',
    'The minister said she hoped the deal would help farmers.',
    'As requested by the court, the documents were released.',
    ...LOOKALIKES,
    {
      name: 'quoted in a report on content farms',
      text: 'The posts included lines like "As an AI language model, I cannot" in the middle of recipes.',
      atMost: 'low',
    },
    { name: 'reported with a colon', text: 'A notice on the site says: I hope this helps!', atMost: 'low' },
    {
      name: 'single-quoted',
      text: "Reviewers spotted the phrase 'Regenerate response' under one article.",
      atMost: 'low',
    },
    {
      name: 'an article about content farms quoting their leftovers',
      text:
        'Researchers found pages that said "Could you share the text you would like me to ' +
        'rewrite?" above the headline.',
      atMost: 'low',
    },
    {
      name: 'a phrase named without quotation marks',
      text: "Sellers' listings carried the phrase Sorry I cannot fulfill this request as it breaks the rules.",
      atMost: 'low',
    },
    {
      name: 'a reasoning trace given as an example',
      text: 'Some pages even began with phrases such as the user wants a rewrite of this piece.',
      atMost: 'low',
    },
    {
      name: 'asking readers for feedback',
      text: `${story}\n\nPlease provide feedback on the plans by email before March.`,
    },
    {
      name: 'a human note on the figures',
      text: `${story}\n\nNote: the figures are provisional and may be revised next month.`,
    },
    {
      name: 'Title IX is a law, not prompt furniture',
      text: 'The university faces a Title IX complaint filed by three students.',
    },
    { name: 'Meta the company', text: 'Meta reported earnings above forecasts on Wednesday.' },
    {
      name: 'a letter with a name withheld',
      text: 'A reader, [name withheld], wrote to say the bridge was closed again.',
    },
    // Issue 19: the text a site's e-mail protection puts where an address was, page furniture, not a template.
    {
      name: 'an address hidden by e-mail protection',
      text: 'For questions, write to [email protected] and we will reply within a day.',
    },
    {
      name: 'a reporter could not reach a person',
      text: 'The company could not be reached for comment, and its website was down.',
    },
    {
      name: 'an error in a count, not in generation',
      text: 'An error occurred while the council was counting the votes, officials said.',
    },
    {
      name: "a blogger's update in the first person",
      text: `${story}\n\nUpdate: I have rewritten this story to add the board's response.`,
    },
    {
      name: 'something went wrong in a story about a power cut',
      text: 'Something went wrong while engineers were restoring power, the utility said.',
    },
    { name: 'a word count named mid-sentence', text: 'Her essay, with a word count: 900 in the brief, won the prize.' },
    {
      name: "a columnist's drafts",
      text: 'I have rewritten this piece three times, trying to find the right tone for a story about my father.',
    },
    { name: "a contest's rules", text: 'Entries must be unpublished. Word count: 500 words maximum.' },
    {
      name: 'a failure as a condition',
      text: 'If something went wrong while generating the response, the app now shows a plain error message.',
    },
    {
      name: 'a failure someone admitted',
      text: 'Something went wrong when producing the story, the editor admitted on Friday.',
      atMost: 'low',
    },
    { name: "a designer's user", text: 'Good designers first try to understand what the user wants.' },
    {
      name: "an app's user wanting news",
      text: 'In the redesign, the user wants news at a glance, so headlines come first.',
    },
    {
      name: 'the user of an app',
      text: 'In the app, the user wants to find a route quickly, so the designers simplified the map.',
    },
    {
      name: "a newsroom's correction note",
      text: `${story}\n\nNote: The original version of this article misstated the board chair's title.`,
    },
    {
      name: 'a document handed to a court',
      text: 'The document you provided to the court was incomplete, the judge told the lawyer.',
    },
    {
      name: 'a reader quoted without quotation marks',
      text: "I'm unable to open the link, one reader wrote in an email to the newspaper.",
      atMost: 'low',
    },
    {
      name: 'a blogger asking readers for topics',
      text: `${story}\n\nWhat would you like me to write about next? Tell us in the comments.`,
      atMost: 'low',
    },
    {
      name: 'a word count in a story about a novel',
      text: 'The novel runs to 90,000 words, twice the word count of her first book.',
    },
    {
      name: "a blogger's sign-off, alone",
      text: `${story}\n\nLet me know if you have any questions in the comments below.`,
    },
    { name: "a blogger asking for readers' thoughts", text: `${story}\n\nLet me know what you think in the comments.` },
    {
      name: 'feel free to reach out, from a person',
      text: `${story}\n\nFeel free to reach out to the board with your questions.`,
    },
    {
      name: 'a feeling disclaimed by a person',
      text: "I don't have feelings about the new stadium either way, the mayor joked.",
    },
    {
      name: 'a close alone, as people write it',
      text: 'I hope this helps! Let me know if you would like any changes.',
    },
    {
      name: 'citation markers numbered from one, as an encyclopedia numbers them',
      text: 'Ferries now run every hour.[1] Tickets cost less at the kiosk.[2]',
    },
    { name: "a web page's own template code", text: 'You have {{ remainingArticles }} free stories left this month.' },
    {
      name: 'data provided by someone named',
      text: 'The figures provided by the port authority show a fall in freight.',
    },
    { name: 'a field label with nothing after it on its line', text: `${story}\n\nTags:\n\nharbour, dredging` },
    {
      name: 'a chatbot transcript the page shows',
      text:
        'I asked ChatGPT what to cook tonight. Here is its answer.\n\nAs an AI language model, ' +
        'I do not know what is in your fridge, but here are some ideas.',
      atMost: 'low',
    },
    {
      name: 'a template the page teaches',
      text: 'Copy this template into your document.\n\n[Headline] - [Company Name] announces [Product].',
      atMost: 'low',
    },
  ],
  invalid: [
    {
      text: 'As an AI language model, I do not have opinions on the election.',
      findings: [found('machine', ['As an AI language model, I do not have opinions'])],
    },
    {
      name: 'an interjection opens the reply',
      text: 'Certainly! Here is a rewritten version of the article.',
      findings: [found('reply', ['Certainly! Here is a rewritten version'])],
    },
    { text: "Sure, here's the story you asked for.", findings: [found('reply', ["Sure, here's the story"], 'medium')] },
    {
      name: 'a preamble and what was asked',
      text: 'Here is a news article about greener gardens, as you requested:\n\nThe council met.',
      findings: [found('source', ['Here is a news article about greener gardens, as you requested'])],
    },
    {
      text: "I'm sorry, but I cannot complete this request.",
      findings: [found('refusal', ["I'm sorry, but I cannot complete this request"], 'medium')],
    },
    {
      text: 'As of my last knowledge update in 2023, the law was unchanged.',
      findings: [found('machine', ['As of my last knowledge update'])],
    },
    {
      text: 'Contact [Your Name] for more details.',
      findings: [found('placeholder', ['[Your Name] for more details'])],
    },
    { text: 'The event is on [Insert date] at the town hall.', findings: [found('placeholder', ['[Insert date]'])] },
    { text: 'Regenerate response', findings: [found('residue', ['Regenerate response'])] },
    {
      name: 'asking for the input',
      text: 'Could you share the text you would like me to turn into a news story?',
      findings: [found('source', ['Could you share the text you would like me to'])],
    },
    {
      name: 'cannot reach the source',
      text: "I'm unable to open links, so I can't read the article at that address.",
      findings: [found('source', ["I'm unable to open links"])],
    },
    {
      name: 'a reasoning trace',
      text:
        'Alright, first I need to understand what the user is asking for. They want a rewrite ' +
        'of this piece in a neutral news tone.',
      findings: [found('source', ['Alright, first I need to understand what the user is asking'])],
    },
    {
      name: 'a think-tag trace',
      text: '<think>The user wants a summary.</think> The council met on Tuesday.',
      findings: [found('residue', ['<think>The user wants a summary.</think>'])],
    },
    {
      name: "a rewriter's note on the original text",
      text: `${story}\n\nNote: the rest of the original text was left unchanged.`,
      findings: [found('source', ['Note: the rest of the original text was left'])],
    },
    {
      name: 'a placeholder in reported speech is still a template',
      text: 'The company said that [Name of spokesperson] would announce the results on Monday.',
      findings: [found('placeholder', ['[Name of spokesperson]'])],
    },
    {
      name: "the user's request, with the model's I",
      text: "The user's request is clear, so I will write a short news story.",
      findings: [found('source', ["The user's request is clear, so I will write a short news story"])],
    },
    {
      name: 'a figure left unfilled',
      text: 'The plant will cost (figure not specified) and open next year.',
      findings: [found('placeholder', ['(figure not specified)'])],
    },
    {
      name: 'a failed generation',
      text: 'An error occurred while generating this article. Please try again.',
      findings: [found('residue', ['An error occurred while generating this article'])],
    },
    {
      name: 'the rewriter describing its rewrite',
      text: `${story}\n\nI have rewritten the article in a neutral tone, keeping all the key facts.`,
      findings: [found('source', ['I have rewritten the article in a neutral tone, keeping all the key facts'])],
    },
    {
      name: 'a word count not reached',
      text: 'The draft could not reach the required word count.',
      findings: [found('residue', ['could not reach the required word count'])],
    },
    {
      name: 'meta description',
      text: `Meta description: A new bridge opens in the harbour.\n\n${story}`,
      findings: [found('furniture', ['Meta description:'])],
    },
    {
      name: 'a word count in parentheses',
      text: `${story} (Word count: 612)`,
      findings: [found('furniture', ['(Word count: 612)'])],
    },
    {
      name: 'JSON format',
      text: 'Here is the article in JSON format:',
      findings: [found('reply', ['Here is the article in JSON format'], 'medium')],
    },
    {
      name: 'a close beside a sure leftover counts',
      text: `Certainly! Here is the story.\n\n${story}\n\nI hope this helps!`,
      findings: [
        found('reply', ['Certainly! Here is the story'], 'medium'),
        found('reply', ['I hope this helps'], 'medium'),
      ],
    },
    {
      name: 'two leftovers in two paragraphs are two findings',
      text:
        'As an AI language model, I cannot vote.\n\nThe council met on Tuesday.\n\nMeta ' +
        'description: the council met.',
      findings: [found('machine', ['As an AI language model']), found('furniture', ['Meta description:'])],
    },
    {
      name: "a rewriter's note on its text, beside a sure leftover",
      text:
        'As an AI language model, I have written a short news story from your notes.\n\nThe ' +
        'readability level has been adjusted for young readers.',
      findings: [
        found('machine', ['As an AI language model, I have written']),
        found('note', ['readability level has been adjusted']),
      ],
    },
    // In words no list was written from: the act, not the phrase.
    {
      name: 'cannot write without the subject, then asks for it',
      text:
        'Unfortunately, I cannot write the piece without knowing its subject. Please send me ' +
        'the headline you have in mind, and I will draft the story for your readers.',
      findings: [
        found('source', ['I cannot write the piece without knowing']),
        found('asks', ['Please send me the headline you have in mind, and I will draft the story for your readers']),
      ],
    },
    {
      name: 'two weaker acts in a row lend each other',
      text:
        'It looks like you have pasted a photo caption rather than the report itself. Could you ' +
        'paste the report so I can summarize it?',
      findings: [
        found('source', ['It looks like you have pasted'], 'low'),
        found('asks', ['Could you paste the report so I can summarize it'], 'medium'),
      ],
    },
    {
      name: 'no source supplied',
      text: 'Because no source text was supplied with the request, I am unable to produce the feature.',
      findings: [found('source', ['source text was supplied with the request, I am unable to produce the feature'])],
    },
    {
      name: 'the user, then a plan for the piece',
      text: 'Okay, so the user wants a short profile of the mayor. I should make sure the piece stays under 300 words.',
      findings: [
        found('source', ['the user wants']),
        found('reasoning', ['I should make sure the piece stays under 300 words']),
      ],
    },
    {
      name: 'an API error payload',
      text: 'Error: 503, {"error": {"message": "The server is overloaded"}}',
      findings: [found('residue', ['Error: 503, {"error": {'])],
    },
    {
      name: 'citation markers numbered from zero, as a program numbers them',
      text: 'The ferry now runs every hour.[0] Tickets cost less at the kiosk.[1]',
      findings: [found('residue', ['[0]']), found('residue', ['[1]'])],
    },
    {
      name: 'a stray code fence',
      text: '```html\n\nThe ferry runs every hour.',
      findings: [found('residue', ['```html'])],
    },
    {
      name: 'an unfilled name',
      text: 'The final goal was scored by [insert scorer name here] in the last minute.',
      findings: [found('placeholder', ['[insert scorer name here]'])],
    },
    {
      name: 'a prompt variable in braces',
      text: 'Guests can expect {{event_name}} to open at noon.',
      findings: [found('placeholder', ['{{event_name}}'])],
    },
    {
      name: 'a title field, worth a look',
      text: 'Title: Ferry Timetable Changes Explained\n\nThe ferry runs every hour from Monday.',
      findings: [found('furniture', ['Title:'], 'low')],
    },
    {
      name: 'an AI made by someone',
      text: 'As an AI developed by a research lab, I cannot browse the web.',
      findings: [found('machine', ['As an AI developed by a research lab, I cannot browse the web'])],
    },
    {
      name: 'asked to write, and the title missing',
      text: 'I was asked to write about the harbour, but the title I was given is not provided here.',
      findings: [
        found('source', ['I was asked to write about the harbour, but the title I was given is not provided']),
      ],
    },
    {
      name: 'a request too large',
      text:
        'Sorry, this request is too long to complete in one reply. I can write a shorter ' +
        'version instead if you like.',
      findings: [found('refusal', ['this request is too long'], 'medium')],
    },
    {
      name: 'what the prompter wants, then the preamble',
      text: 'I understand you want an article about the ferry. Here is a draft for your blog:',
      findings: [found('source', ['I understand you want']), found('reply', ['Here is a draft for your blog'])],
    },
  ],
});

/**
 * Leftovers written here after the rules, in words none of them was written from, each alone on
 * its page (no surrounding leftover lends weight): each is found, at medium or above where nothing
 * but a chatbot would write it.
 */
const UNSEEN: Array<[string, 'low' | 'medium']> = [
  [
    "I apologize, but I don't have enough information about the event to write a news report. Could " +
      'you give me the date and the names of the people involved?',
    'medium',
  ],
  ['Unfortunately, the text you sent appears to be empty. Please resend the article you want summarized.', 'medium'],
  ["Here's a revised version of your press release with a stronger headline:", 'medium'],
  ["I've kept the tone neutral and removed the promotional language, as you requested.", 'medium'],
  ["Note that I couldn't verify the quotes in the original article, so I've left them out.", 'medium'],
  ["Since the prompt didn't include a location, I've assumed the event took place in London.", 'medium'],
  ["As a text-based AI, I can't view images, but based on your description, here is a caption.", 'medium'],
  ["The user is asking me to write about a football match, but no score was given. I'll keep it general.", 'medium'],
  ['OK, let me draft the intro first, then the body.', 'medium'],
  ["I'm not able to browse the internet, so I can't check today's headlines for you.", 'low'],
  ['Would you like me to make it shorter or add a quote from the mayor?', 'medium'],
  ["Please note: this summary was generated from the headline alone, as the full text wasn't available.", 'medium'],
  ['Based on the information provided, here is a 300-word article on the new bridge.', 'medium'],
  ["I don't have real-time data, so the prices below may be out of date.", 'low'],
  ["Let me know if you'd like me to adjust the tone or length!", 'medium'],
  ['Thinking: the article should open with the vote, then the reactions.', 'medium'],
  ["Sorry, I can't produce content that promotes violence.", 'medium'],
  ['Title: [Insert catchy title here]', 'medium'],
  ['In conclusion, [Company Name] is the best choice for your roofing needs.', 'medium'],
  ['Keyword density: 2.1%', 'medium'],
  ['Certainly, here is a 500-word SEO article about the best running shoes.', 'medium'],
  ['I hope this article meets your requirements.', 'medium'],
  ['This article is based on the limited information available in the provided headline.', 'medium'],
  ['As of my knowledge cutoff in January 2022, the company had not announced a merger.', 'medium'],
  ["I'm afraid I can't access the link you provided, but I can write a general article on the topic.", 'medium'],
  ["Sure thing! Below you'll find the rewritten text.", 'medium'],
  ['I have translated the article into English while preserving the original meaning.', 'medium'],
  ['In this response, I will outline the key points of the announcement.', 'medium'],
  ["Unfortunately, I can't help with writing that article, as it involves personal data.", 'medium'],
  ['To comply with your request, I have omitted the names of the minors involved.', 'medium'],
  ['Given that the source only contains a headline, I will have to rely on general knowledge.', 'medium'],
  ['The original text appears to be truncated, so the ending of this summary is incomplete.', 'medium'],
  ['Hmm, the prompt mentions a football match but gives no teams.', 'medium'],
  ["Okay, here's my attempt at a catchy headline for your post.", 'medium'],
  ["I'd be happy to help you write a blog post about gardening!", 'medium'],
  ['Meta Description (155 characters): Learn how to pick a roof that lasts.', 'medium'],
  ['Slug: best-roofing-materials-2024', 'medium'],
  ['[Image: a family standing in front of a newly roofed house]', 'medium'],
  ['(Image suggestion: a close-up of slate tiles)', 'medium'],
];

describe('leftovers in words no rule was written from', () => {
  const rank = { info: 0, low: 1, medium: 2, high: 3 } as const;
  it.each(UNSEEN)('%s', (text, least) => {
    const { drafts } = runCheck(chatbotArtifact, { text });
    expect(Math.max(0, ...drafts.map((d) => rank[d.severity]))).toBeGreaterThanOrEqual(rank[least]);
  });
});
