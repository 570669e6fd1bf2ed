import { invalidDate } from '../../src/engine/checks/invalid-date.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(invalidDate, {
  valid: [
    'The original deadline was April 15, 2024.',
    'Leap day fell on February 29, 2024.',
    'The fair opens on February 29.',
    'Returns are due on April 30, 2024.',
    'Officials may 31 times have said so.',
  ],
  invalid: [
    {
      text: 'Returns are now due on April 31, 2024, the tax office said.',
      findings: [{ messageId: 'noSuchDay', severity: 'high', evidence: ['April 31, 2024'], data: { days: 30 } }],
    },
    {
      text: 'The fair opens on February 30.',
      findings: [{ messageId: 'noSuchDay', severity: 'high', evidence: ['February 30'], data: { days: 29 } }],
    },
    {
      text: 'The law took effect on 29 February 2023.',
      findings: [
        {
          messageId: 'noSuchDayInYear',
          severity: 'high',
          evidence: ['29 February 2023'],
          data: { days: 28, year: 2023 },
        },
      ],
    },
    {
      text: 'The match on Sept. 31 was cancelled.',
      findings: [{ messageId: 'noSuchDay', severity: 'high', evidence: ['Sept. 31'] }],
    },
    {
      name: 'two impossible dates, in text order',
      text: 'The 31st of June and April 31 were both named in the notice.',
      findings: [
        { messageId: 'noSuchDay', severity: 'high', evidence: ['31st of June'] },
        { messageId: 'noSuchDay', severity: 'high', evidence: ['April 31'] },
      ],
    },
  ],
});
