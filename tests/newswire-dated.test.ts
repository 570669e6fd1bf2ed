import { newswireControls } from './helpers/newswire.js';

// The stories with the dates their agency stamped them with (`score_dated.py --dated`).
newswireControls(true);
