import { CHECKS } from '../../src/checks/index.js';
import type { CheckId } from '../../src/report/schema.js';
import { parseSettings } from '../../src/settings.js';

const form = document.getElementById('checks') as HTMLFormElement;
const saved = document.getElementById('saved')!;

async function init(): Promise<void> {
  const disabled = new Set(parseSettings(await browser.storage.local.get('disabled')));
  for (const check of CHECKS) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = check.id;
    box.checked = !disabled.has(check.id);
    const label = document.createElement('label');
    const desc = document.createElement('span');
    desc.className = 'desc';
    desc.textContent = check.description;
    label.append(box, ` ${check.title} `, desc);
    form.append(label);
  }
  form.addEventListener('change', async () => {
    const off = CHECKS.filter((c) => !(form.elements.namedItem(c.id) as HTMLInputElement).checked).map((c) => c.id as CheckId);
    await browser.storage.local.set({ disabled: off });
    saved.textContent = 'Saved.';
  });
}
void init();
