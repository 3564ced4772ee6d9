// The explanation panel: what the last command did, in Korean or English.

import { h } from './dom.js';
import { t } from './i18n.js';

/** Draws `items` (`[{id, title, body, concept}]`) into the panel's list. */
export function drawExplanations(list, items, lang) {
  list.lang = lang;
  if (!items || items.length === 0) {
    list.replaceChildren(h('p', { class: 'empty', text: t(lang, 'explainEmpty') }));
    return;
  }
  list.replaceChildren(
    ...items.map((item) =>
      h(
        'article',
        { class: 'explanation', dataset: { id: item.id, concept: item.concept } },
        h('h3', { text: item.title }),
        h('p', { text: item.body }),
        item.concept
          ? h('a', {
              class: 'concept',
              href: `#concept-${encodeURIComponent(item.concept)}`,
              dataset: { concept: item.concept },
              text: `${t(lang, 'concept')}: ${item.concept}`,
            })
          : null,
      ),
    ),
  );
}
