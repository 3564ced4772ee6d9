// The explanation panel: what the last command did, in Korean or English, and a glossary of the
// concepts met so far (where the explanations' concept links lead).

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

/** The panel's memory: the last explanations drawn and the concepts met (name → text). */
const memory = new WeakMap();

/** Opens the glossary entry a concept link points at and moves the focus there. */
function openConcept(list, concept) {
  const entry = list.querySelector(`[data-glossary="${CSS.escape(concept)}"]`);
  if (!entry) return;
  entry.open = true;
  entry.querySelector('summary').focus();
  entry.scrollIntoView({ block: 'nearest' });
}

function article(list, item, lang) {
  return h(
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
          onclick: (ev) => {
            if (!list.querySelector(`[data-glossary="${CSS.escape(item.concept)}"]`)) return;
            ev.preventDefault();
            openConcept(list, item.concept);
          },
        })
      : null,
  );
}

function glossary(concepts, lang) {
  if (!concepts.size) return null;
  return h(
    'section',
    { class: 'glossary', 'aria-label': t(lang, 'glossary') },
    h('h3', { text: t(lang, 'glossary') }),
    ...[...concepts].map(([name, text]) =>
      h(
        'details',
        { id: `concept-${encodeURIComponent(name)}`, class: 'glossary-entry', dataset: { glossary: name } },
        h('summary', { text: name }),
        h('p', { text }),
      ),
    ),
  );
}

/**
 * Draws `items` (`[{id, title, body, concept, detail}]`) into the panel. `options.line`: the
 * command just run; when it brought nothing new to explain, the previous explanations stay,
 * under a note saying so. `options.glossary`: keep a glossary of the concepts met (their links
 * open it).
 */
export function drawExplanations(list, items, lang, options = {}) {
  list.lang = lang;
  const mem = memory.get(list) || { items: [], concepts: new Map() };
  memory.set(list, mem);
  let shown = items || [];
  let note = null;
  if (!shown.length && options.line && mem.items.length) {
    shown = mem.items;
    note = h('p', { class: 'explain-note', dataset: { role: 'explain-kept' } }, `${t(lang, 'explainKept')} `, h('code', { text: options.line.split('\n')[0] }));
  } else if (shown.length) {
    mem.items = shown;
  }
  if (options.glossary) {
    for (const item of items || []) if (item.concept && item.detail) mem.concepts.set(item.concept, item.detail);
  }
  const words = options.glossary ? glossary(mem.concepts, lang) : null;
  if (!shown.length) {
    list.replaceChildren(h('p', { class: 'empty', text: t(lang, 'explainEmpty') }), ...(words ? [words] : []));
    return;
  }
  list.replaceChildren(...(note ? [note] : []), ...shown.map((item) => article(list, item, lang)), ...(words ? [words] : []));
}
