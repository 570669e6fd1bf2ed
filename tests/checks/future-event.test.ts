import { futureEvent } from '../../src/engine/checks/future-event.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(futureEvent, {
  valid: [
    { name: 'scheduled event', text: 'The festival will take place from August 1 to August 3, 2025.', published: '2025-04-10' },
    { name: 'a deadline stated with was', text: 'The original deadline was April 15, 2024.', published: '2024-03-20' },
    { name: 'postponed to a later date', text: 'The vote was postponed to March 3, 2025.', published: '2025-01-10' },
    { name: 'expected event', text: 'The ceremony is expected on 12 October 2021.', published: '2021-06-01' },
    { name: 'conditional', text: 'If the festival sold out on August 2, 2025, organisers would add a day.', published: '2025-04-10' },
    { name: 'an update after publication explains it', text: 'The festival sold out on August 2, 2025, organisers said.', published: '2025-04-10', modified: '2025-08-03' },
    { name: 'past event before publication', text: 'The ceremony was held on 12 October 2020.', published: '2021-06-01' },
  ],
  invalid: [
    {
      name: 'sold out after publication',
      text: 'The festival sold out on August 2, 2025, organisers said.',
      published: '2025-04-10',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['August 2, 2025'], data: { latest: 'April 10, 2025' } }],
    },
    {
      name: 'held after publication',
      text: 'The ceremony was held on 12 October 2021.',
      published: '2021-06-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['12 October 2021'] }],
    },
    {
      name: 'date fronting the clause',
      text: 'On March 3, 2026, the council approved the budget.',
      published: '2025-12-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['March 3, 2026'] }],
    },
    {
      name: 'quoted, at most low',
      text: '"The council approved the budget on March 3, 2026," she wrote.',
      published: '2025-12-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'low', evidence: ['March 3, 2026'] }],
    },
  ],
});
