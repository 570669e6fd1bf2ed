import { newswireControls } from './helpers/newswire.js';

// The stories' text alone, as an undated page gives it (`score_dated.py --undated`).
newswireControls(false);
