import { repeatedText } from '../../src/engine/checks/repeated-text.js';
import { ruleTester } from '../helpers/rule-tester.js';

const long = 'The service scans the news and distils many articles into one short summary for busy readers every day.';

ruleTester(repeatedText, {
  valid: [
    'Advertisement\n\nThe council met.\n\nAdvertisement\n\nThe budget passed.',
    `${long}\n\nThe council met on Tuesday.`,
    'Short line repeated here.\n\nShort line repeated here.',
  ],
  invalid: [
    {
      name: 'paragraph three times',
      text: `${long}\n\nThe council met.\n\n${long}\n\nMore news.\n\n${long}`,
      findings: [{ messageId: 'paragraph', severity: 'low', evidence: [long, long, long], data: { count: 3 } }],
    },
    {
      name: 'sentence with different punctuation',
      text: `The council met. ${long}\n\nLater that day. ${long.replace('.', '!')}`,
      findings: [
        { messageId: 'sentence', severity: 'low', evidence: [long, long.replace('.', '!')], data: { count: 2 } },
      ],
    },
  ],
});
