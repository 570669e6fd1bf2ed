import { dateConflict } from '../../src/engine/checks/date-conflict.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(dateConflict, {
  valid: [
    { name: 'one dateline', text: 'Published: 12 June 2022\n\nThe bridge reopened on Sunday.' },
    { name: 'dateline and metadata agree within a day', text: 'June 12, 2022\n\nThe bridge reopened on Sunday.', published: '2022-06-13' },
    { name: 'update after publication', text: 'Published: 12 June 2022\n\nUpdated: 14 June 2022\n\nThe bridge reopened on Sunday.' },
    { name: 'a date in the body is not a dateline', text: 'Published: 12 June 2022\n\nThe bridge first opened on 4 October 1960.' },
  ],
  invalid: [
    { name: 'two visible datelines', text: 'Published: 12 June 2022\n\nHarbour bridge reopens\n\nPosted on 4 October 2020\n\nThe bridge reopened on Sunday.', evidence: '4 October 2020', severity: 'high' },
    { name: 'dateline against metadata', text: 'June 16, 2024\n\nThe bridge reopened on Sunday.', published: '2024-01-01', evidence: 'June 16, 2024', severity: 'high' },
    { name: 'update before publication', text: 'Published: 12 June 2022\n\nUpdated: 2 May 2022\n\nThe bridge reopened on Sunday.', evidence: 'Updated: 2 May 2022', severity: 'medium' },
  ],
});
