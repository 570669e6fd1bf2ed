import { CATALOGUE } from '../../src/engine/catalogue.js';
import { SEVERITIES, type CheckId } from '../../src/engine/report/schema.js';
import { PACK } from '../../src/engine/knowledge/pack.js';
import { allDismissed, disabledChecks, forgetDismissed } from '../../src/extension/store.js';
import { dayInWords } from '../../src/views/date-words.js';
import { packIsOld } from '../../src/views/pack-age.js';
import { t } from '../../src/views/strings.js';
import { checkDescription, checkTitle } from '../../src/views/i18n/findings.js';
import { setReaderLanguage } from '../../src/views/i18n/reader.js';

// The page's strings in the browser's language, English where there are none.
document.documentElement.lang = setReaderLanguage(browser.i18n.getUILanguage());

const form = document.getElementById('checks') as HTMLFormElement;
const saved = document.getElementById('saved')!;
const text = (id: string, value: string) => void (document.getElementById(id)!.textContent = value);

async function init(): Promise<void> {
  const disabled = new Set(await disabledChecks());
  for (const id of Object.keys(CATALOGUE) as CheckId[]) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = id;
    box.checked = !disabled.has(id);
    const label = document.createElement('label');
    const desc = document.createElement('span');
    desc.className = 'desc';
    desc.textContent = checkDescription(id);
    label.append(box, ` ${checkTitle(id)} `, desc);
    form.append(label);
  }
  form.addEventListener('change', async () => {
    const off = (Object.keys(CATALOGUE) as CheckId[]).filter(
      (id) => !(form.elements.namedItem(id) as HTMLInputElement).checked,
    );
    await browser.storage.local.set({ disabled: off });
    saved.textContent = t('saved');
  });
  await showDismissed();
}

async function showDismissed(): Promise<void> {
  const all = await allDismissed();
  const pages = Object.keys(all).length;
  const count = Object.values(all).reduce((n, keys) => n + keys.length, 0);
  text('dismissed-count', pages ? t('dismissedStored', { count, pages }) : '');
  document.getElementById('forget')!.hidden = pages === 0;
}

document.title = t('optionsTitle');
text('checks-heading', t('checksHeading'));
text('legend-heading', t('legendTitle'));
text('knowledge-heading', t('knowledgeHeading'));
text('privacy-heading', t('privacyHeading'));
text('privacy', t('privacyText'));
text('forget', t('forgetDismissed'));
const legend = document.getElementById('legend')!;
for (const s of SEVERITIES.filter((x) => x !== 'info')) {
  const dt = document.createElement('dt');
  dt.textContent = t(`severityHeading_${s}`);
  const dd = document.createElement('dd');
  dd.textContent = t(`severityMeaning_${s}`);
  legend.append(dt, dd);
}
text('knowledge', t('knowledgeAsOf', { asOf: dayInWords(PACK.asOf), version: PACK.version }));
// Offices change hands: a pack more than a year old misses them, and the reader should know.
const old = document.getElementById('knowledge-old')!;
old.hidden = !packIsOld(PACK.asOf, new Date());
old.textContent = t('knowledgeOld', { asOf: dayInWords(PACK.asOf) });
document.getElementById('forget')!.addEventListener('click', async () => {
  await forgetDismissed();
  await showDismissed();
  saved.textContent = t('forgotten');
});
void init();
