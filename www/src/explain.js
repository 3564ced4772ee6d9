// The explanation panel: what the last command did, in Korean or English.

import { h } from './dom.js';
import { t } from './i18n.js';

/**
 * The body of one explanation: in full the first time the session meets this kind of change;
 * after that (`repeat`) its first sentence, with the rest behind "more".
 */
function body(item, lang) {
  const first = item.repeat ? /^(.+?[.!?])\s+(.+)$/s.exec(item.body) : null;
  if (!first) return [h('p', { text: item.body })];
  return [
    h('p', { text: first[1] }),
    h('details', { class: 'more' }, h('summary', { text: t(lang, 'more') }), h('p', { text: first[2] })),
  ];
}

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
        ...body(item, lang),
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
