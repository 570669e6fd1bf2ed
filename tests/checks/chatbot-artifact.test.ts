import { chatbotArtifact } from '../../src/engine/checks/chatbot-artifact.js';
import { ruleTester } from '../helpers/rule-tester.js';

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
    { text: 'As an AI language model, I do not have opinions on the election.', evidence: 'As an AI language model', severity: 'high' },
    { text: 'Certainly! Here is a rewritten version of the article.', evidence: 'Certainly! Here is' },
    { text: "Sure, here's the story you asked for.", evidence: "Sure, here's" },
    { text: 'Here is a news article about greener gardens, as you requested:', evidence: 'as you requested' },
    { text: 'I hope this helps! Let me know if you would like any changes.', evidence: 'Let me know if you would like' },
    { text: "I'm sorry, but I cannot complete this request.", evidence: "I'm sorry, but I" },
    { text: 'As of my last knowledge update in 2023, the law was unchanged.', evidence: 'As of my last knowledge update' },
    { text: 'Contact [Your Name] for more details.', evidence: '[Your Name]' },
    { text: 'The event is on [Insert date] at the town hall.', evidence: '[Insert date]' },
    { text: 'Regenerate response', evidence: 'Regenerate response' },
  ],
});
