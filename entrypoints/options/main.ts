import { CATALOGUE } from '../../src/engine/catalogue.js';
import type { CheckId } from '../../src/engine/report/schema.js';
import { parseSettings } from '../../src/extension/settings.js';
import meta from '../../src/engine/knowledge/data/meta.json';
import { formatDay, parseISODay } from '../../src/engine/time/calendar.js';

const form = document.getElementById('checks') as HTMLFormElement;
const saved = document.getElementById('saved')!;

async function init(): Promise<void> {
  const disabled = new Set(parseSettings(await browser.storage.local.get('disabled')));
  for (const [id, check] of Object.entries(CATALOGUE) as Array<[CheckId, (typeof CATALOGUE)[CheckId]]>) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = id;
    box.checked = !disabled.has(id);
    const label = document.createElement('label');
    const desc = document.createElement('span');
    desc.className = 'desc';
    desc.textContent = check.description;
    label.append(box, ` ${check.title} `, desc);
    form.append(label);
  }
  form.addEventListener('change', async () => {
    const off = (Object.keys(CATALOGUE) as CheckId[]).filter((id) => !(form.elements.namedItem(id) as HTMLInputElement).checked);
    await browser.storage.local.set({ disabled: off });
    saved.textContent = 'Saved.';
  });
}
// Only the pack's date, not the pack: the options page stays small.
document.getElementById('knowledge')!.textContent =
  `Events and office-holders as of ${formatDay(parseISODay(meta.asOf)!)} (pack version ${meta.version}): terms that run past that date are treated as unknown.`;
void init();
