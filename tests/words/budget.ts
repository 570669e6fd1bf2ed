import { keepWithin } from '../../src/engine/text/budget.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'text/budget.ts';
/** A paragraph one character over the budget is cut at its last sentence end: "[One ends.] Two ends." */
const cut = marks((text) => keepWithin([text], text.length - 1)[0]);

export const BUDGET: Pinned[] = [
  pin(F, 'SENTENCE_END', cut, {
    '[.!?…][\'"”’)\\]]*(?=\\s)': '[The vote ended.] Counting began.',
    '[。！？]': '[投票结束了。]计票开始了。',
  }),
];
