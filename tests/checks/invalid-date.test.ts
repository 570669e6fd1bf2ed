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
    { text: 'Returns are now due on April 31, 2024, the tax office said.', evidence: 'April 31, 2024', severity: 'high' },
    { text: 'The fair opens on February 30.', evidence: 'February 30' },
    { text: 'The law took effect on 29 February 2023.', evidence: '29 February 2023', message: '28 days in 2023' },
    { text: 'The match on Sept. 31 was cancelled.', evidence: 'Sept. 31' },
  ],
});
