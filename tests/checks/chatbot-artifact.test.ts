import { chatbotArtifact } from '../../src/engine/checks/chatbot-artifact.js';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester.js';

const leftover = (evidence: string[], severity: ExpectedFinding['severity'] = 'high'): ExpectedFinding => ({ messageId: 'leftover', severity, evidence });

ruleTester(chatbotArtifact, {
  valid: [
    'Here is what we know about the storm.',
    'The minister said she hoped the deal would help farmers.',
    'As requested by the court, the documents were released.',
    { name: 'quoted in a report on content farms', text: 'The posts included lines like "As an AI language model, I cannot" in the middle of recipes.', atMost: 'low' },
    { name: 'reported with a colon', text: 'A notice on the site says: I hope this helps!', atMost: 'low' },
    { name: 'single-quoted', text: "Reviewers spotted the phrase 'Regenerate response' under one article.", atMost: 'low' },
  ],
  invalid: [
    { text: 'As an AI language model, I do not have opinions on the election.', findings: [leftover(['As an AI language model'])] },
    { text: 'Certainly! Here is a rewritten version of the article.', findings: [leftover(['Certainly! Here is', 'a rewritten version of the article'])] },
    { text: "Sure, here's the story you asked for.", findings: [leftover(["Sure, here's"])] },
    { text: 'Here is a news article about greener gardens, as you requested:', findings: [leftover(['Here is a news article about greener gardens, as you requested:'])] },
    { text: 'I hope this helps! Let me know if you would like any changes.', findings: [leftover(['I hope this helps', 'Let me know if you would like'])] },
    { text: "I'm sorry, but I cannot complete this request.", findings: [leftover(["I'm sorry, but I"])] },
    { text: 'As of my last knowledge update in 2023, the law was unchanged.', findings: [leftover(['As of my last knowledge update'])] },
    { text: 'Contact [Your Name] for more details.', findings: [leftover(['[Your Name]'])] },
    { text: 'The event is on [Insert date] at the town hall.', findings: [leftover(['[Insert date]'])] },
    { text: 'Regenerate response', findings: [leftover(['Regenerate response'])] },
    {
      name: 'two families in two paragraphs are two findings',
      text: 'As an AI language model, I cannot vote.\n\nThe council met on Tuesday.\n\nI hope this helps!',
      findings: [leftover(['As an AI language model']), leftover(['I hope this helps'])],
    },
  ],
});
