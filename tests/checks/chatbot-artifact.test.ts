import { chatbotArtifact } from '../../src/engine/checks/chatbot-artifact.js';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester.js';

const leftover = (evidence: string[], severity: ExpectedFinding['severity'] = 'high'): ExpectedFinding => ({ messageId: 'leftover', severity, evidence });
const family = (label: string, evidence: string[], severity: ExpectedFinding['severity'] = 'high'): ExpectedFinding => ({ ...leftover(evidence, severity), data: { family: label } });
const story = 'The harbour board approved the dredging of the channel on Tuesday after a long debate.';

ruleTester(chatbotArtifact, {
  valid: [
    'Here is what we know about the storm.',
    'The minister said she hoped the deal would help farmers.',
    'As requested by the court, the documents were released.',
    { name: 'quoted in a report on content farms', text: 'The posts included lines like "As an AI language model, I cannot" in the middle of recipes.', atMost: 'low' },
    { name: 'reported with a colon', text: 'A notice on the site says: I hope this helps!', atMost: 'low' },
    { name: 'single-quoted', text: "Reviewers spotted the phrase 'Regenerate response' under one article.", atMost: 'low' },
    { name: 'an article about content farms quoting their leftovers', text: 'Researchers found pages that said "Could you share the text you would like me to rewrite?" above the headline.', atMost: 'low' },
    { name: 'a reasoning trace given as an example', text: 'Some pages even began with phrases such as the user wants a rewrite of this piece.', atMost: 'low' },
    // Human prose that shares words with the leftover families.
    { name: 'asking readers for feedback', text: `${story}\n\nPlease provide feedback on the plans by email before March.` },
    { name: 'a human note on the figures', text: `${story}\n\nNote: the figures are provisional and may be revised next month.` },
    { name: 'Title IX is a law, not prompt furniture', text: 'The university faces a Title IX complaint filed by three students.' },
    { name: 'Meta the company', text: 'Meta reported earnings above forecasts on Wednesday.' },
    { name: 'a letter with a name withheld', text: 'A reader, [name withheld], wrote to say the bridge was closed again.' },
    // Issue 19: the text a site's e-mail protection puts where an address was, page furniture, not a template.
    {
      name: 'an address hidden by e-mail protection',
      text: 'For questions, write to [email protected] and we will reply within a day.',
    },
    { name: 'a reporter could not reach a person', text: 'The company could not be reached for comment, and its website was down.' },
    { name: 'an error in a count, not in generation', text: 'An error occurred while the council was counting the votes, officials said.' },
    { name: "a blogger's update in the first person", text: `${story}\n\nUpdate: I have rewritten this story to add the board's response.` },
    { name: 'something went wrong in a story about a power cut', text: 'Something went wrong while engineers were restoring power, the utility said.' },
    { name: 'a word count named mid-sentence', text: 'Her essay, with a word count: 900 in the brief, won the prize.' },
    { name: 'indirect speech about a chatbot', text: 'Asked about the vote, the chatbot replied that as an AI language model it could not predict the result.', atMost: 'low' },
    { name: "a columnist's drafts", text: 'I have rewritten this piece three times, trying to find the right tone for a story about my father.' },
    { name: "a contest's rules", text: 'Entries must be unpublished. Word count: 500 words maximum.' },
    { name: 'a failure as a condition', text: 'If something went wrong while generating the response, the app now shows a plain error message.' },
    { name: 'a failure someone admitted', text: 'Something went wrong when producing the story, the editor admitted on Friday.', atMost: 'low' },
    { name: "a designer's user", text: 'Good designers first try to understand what the user wants.' },
    { name: "an app's user wanting news", text: 'In the redesign, the user wants news at a glance, so headlines come first.' },
    { name: 'the user of an app', text: 'In the app, the user wants to find a route quickly, so the designers simplified the map.' },
    { name: "a newsroom's correction note", text: `${story}\n\nNote: The original version of this article misstated the board chair's title.` },
    { name: 'a document handed to a court', text: 'The document you provided to the court was incomplete, the judge told the lawyer.' },
    { name: 'a reader quoted without quotation marks', text: "I'm unable to open the link, one reader wrote in an email to the newspaper.", atMost: 'low' },
    { name: 'a blogger asking readers for topics', text: `${story}\n\nWhat would you like me to write about next? Tell us in the comments.`, atMost: 'low' },
    { name: 'a word count in a story about a novel', text: 'The novel runs to 90,000 words, twice the word count of her first book.' },
    { name: "a blogger's sign-off is worth a look at most", text: `${story}\n\nLet me know if you have any questions in the comments below.`, atMost: 'low' },
    { name: "a blogger asking for readers' thoughts", text: `${story}\n\nLet me know what you think in the comments.` },
    { name: 'feel free to reach out, from a person', text: `${story}\n\nFeel free to reach out to the board with your questions.`, atMost: 'low' },
    { name: 'a feeling disclaimed by a person', text: "I don't have feelings about the new stadium either way, the mayor joked.", atMost: 'low' },
  ],
  invalid: [
    { text: 'As an AI language model, I do not have opinions on the election.', findings: [leftover(['As an AI language model'])] },
    { text: 'Certainly! Here is a rewritten version of the article.', findings: [leftover(['Certainly! Here is a rewritten version'])] },
    { text: "Sure, here's the story you asked for.", findings: [leftover(["Sure, here's the story"])] },
    {
      name: 'a preamble ending in a colon, and what was asked',
      text: 'Here is a news article about greener gardens, as you requested:\n\nThe council met.',
      findings: [leftover(['Here is a news article about greener gardens, as you requested:'])],
    },
    { text: "I'm sorry, but I cannot complete this request.", findings: [leftover(["I'm sorry, but I"])] },
    { text: 'As of my last knowledge update in 2023, the law was unchanged.', findings: [leftover(['As of my last knowledge update'])] },
    { text: 'Contact [Your Name] for more details.', findings: [leftover(['[Your Name]'])] },
    { text: 'Contact [Company] for details.', findings: [leftover(['[Company]'])] },
    { text: 'The event is on [Insert date] at the town hall.', findings: [leftover(['[Insert date]'])] },
    { text: 'Regenerate response', findings: [leftover(['Regenerate response'])] },
    {
      name: 'asking for the input',
      text: 'Could you share the text you would like me to turn into a news story?',
      findings: [family('the model asking for its input', ['Could you share the text you would like me to'])],
    },
    {
      name: 'cannot reach the source',
      text: "I'm unable to open links, so I can't read the article at that address.",
      findings: [family('the model saying it cannot reach the source', ["I'm unable to open links"])],
    },
    {
      name: 'a reasoning trace',
      text: 'Alright, first I need to understand what the user is asking for. They want a rewrite of this piece in a neutral news tone.',
      findings: [family("the model's reasoning published as text", ['the user is asking'])],
    },
    {
      name: 'a think-tag trace',
      text: '<think>The user wants a summary.</think> The council met on Tuesday.',
      findings: [family("the model's reasoning published as text", ['<think>', 'The user wants', '</think>'])],
    },
    {
      name: "a rewriter's note",
      text: `${story}\n\nNote: the rest of the original text was left unchanged.`,
      findings: [family("a rewriter's note about the text it was given", ['Note: the rest of the original text'])],
    },
    {
      name: 'a note that the source gives no date',
      text: 'The article does not give a date, but it appears to be recent.',
      findings: [family("a rewriter's note about the text it was given", ['The article does not give a date, but it appears'])],
    },
    {
      name: 'a placeholder in reported speech is still a template',
      text: 'The company said that [Name of spokesperson] would announce the results on Monday.',
      findings: [family('an unfilled template placeholder', ['[Name of spokesperson]'])],
    },
    {
      name: "the user's request, opening a sentence, with the model's I",
      text: "The user's request is clear, so I will write a short news story.",
      findings: [family("the model's reasoning published as text", ["The user's request"])],
    },
    { name: 'a figure left unfilled', text: 'The plant will cost (figure not specified) and open next year.', findings: [leftover(['(figure not specified)'])] },
    {
      name: 'a failed generation',
      text: 'An error occurred while generating this article. Please try again.',
      findings: [family('a failed generation', ['An error occurred while generating this article'])],
    },
    { name: 'something went wrong generating the rest', text: `${story} Sorry, something went wrong while generating the rest of this article.`, findings: [family('a failed generation', ['something went wrong while generating the rest of this article'])] },
    { name: 'a word count after the last sentence', text: `${story} Word count: 1,450`, findings: [family("the prompt's own furniture", ['Word count: 1,450'])] },
    {
      name: 'the rewriter describing its rewrite',
      text: `${story}\n\nI have rewritten the article in a neutral tone, keeping all the key facts.`,
      findings: [family("a rewriter's note about the text it was given", ['I have rewritten the article in a neutral tone'])],
    },
    { name: 'a word count not reached', text: 'The draft could not reach the required word count.', findings: [leftover(['could not reach the required word count'])] },
    { name: 'meta description', text: `Meta description: A new bridge opens in the harbour.\n\n${story}`, findings: [family("the prompt's own furniture", ['Meta description:'])] },
    { name: 'SEO keywords', text: `${story}\n\nSEO keywords: harbour, bridge, council`, findings: [leftover(['SEO keywords:'])] },
    { name: 'a word count in parentheses', text: `${story} (Word count: 612)`, findings: [leftover(['(Word count: 612)'])] },
    { name: 'JSON format', text: 'Here is the article in JSON format:', findings: [leftover(['Here is the article in JSON format'])] },
    {
      name: 'a sign-off beside a leftover people do not write is high',
      text: `Certainly! Here is the story.\n\n${story}\n\nI hope this helps!`,
      findings: [leftover(['Certainly! Here is the story']), family('the closing line of a chatbot reply', ['I hope this helps'])],
    },
    {
      name: 'a sign-off alone is low',
      text: 'I hope this helps! Let me know if you would like any changes.',
      findings: [leftover(['I hope this helps', 'Let me know if you would like'], 'low')],
    },
    {
      name: 'two families in two paragraphs are two findings',
      text: 'As an AI language model, I cannot vote.\n\nThe council met on Tuesday.\n\nMeta description: the council met.',
      findings: [leftover(['As an AI language model']), leftover(['Meta description:'])],
    },
  ],
});
