// A small, safe Markdown renderer for lesson text: headings, paragraphs, emphasis, code spans,
// code blocks, lists, links, quotes, tables and rules, built with createElement/textContent.
//
// Lesson files come from teachers (a file picker, a URL), so their text is never parsed as HTML:
// raw HTML shows as the characters typed, links keep only http(s) and same-page targets, and
// images only http(s) sources (anything else shows its alternative text).

import { h } from './dom.js';

/** Where a link may point: http(s) URLs, or a fragment on this page. Anything else is refused. */
export function safeHref(raw) {
  const href = String(raw).trim();
  if (/^#[\w-]*$/.test(href)) return href;
  try {
    const url = new URL(href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Relative or malformed: not a link.
  }
  return null;
}

/** `[label](target "title")`: the label and the target (`<…>` brackets allowed). */
const LINK = /^\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/;

/** Renders inline Markdown (code spans, emphasis, links, autolinks, escapes) into nodes. */
export function renderInline(text) {
  const out = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(document.createTextNode(plain));
    plain = '';
  };
  let i = 0;
  // Bounded by the text's length: every branch consumes at least one character.
  while (i < text.length) {
    const ch = text[i];
    const rest = text.slice(i);
    if (ch === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const ticks = /^`+/.exec(rest)[0];
      const end = text.indexOf(ticks, i + ticks.length);
      if (end > 0) {
        flush();
        let code = text.slice(i + ticks.length, end);
        if (/^ .* $/.test(code) && code.trim()) code = code.slice(1, -1);
        out.push(h('code', { text: code }));
        i = end + ticks.length;
        continue;
      }
      plain += ticks;
      i += ticks.length;
      continue;
    }
    if (ch === '*' || ch === '_') {
      const strong = rest.startsWith(ch + ch);
      const mark = strong ? ch + ch : ch;
      const end = findClose(text, i + mark.length, mark);
      // `_` inside a word (snake_case) is not emphasis.
      const wordy = ch === '_' && /\w/.test(text[i - 1] || '');
      if (end > i + mark.length && !wordy && !/\s/.test(text[i + mark.length])) {
        flush();
        out.push(h(strong ? 'strong' : 'em', {}, renderInline(text.slice(i + mark.length, end))));
        i = end + mark.length;
        continue;
      }
      plain += mark;
      i += mark.length;
      continue;
    }
    if (ch === '!' && text[i + 1] === '[') {
      const image = LINK.exec(rest.slice(1));
      if (image) {
        flush();
        const src = safeHref(image[2]);
        if (src && !src.startsWith('#')) {
          // Remote images only load, they never run: no referrer is sent to the image's host.
          out.push(h('img', { class: 'md-image', src, alt: image[1], loading: 'lazy', referrerpolicy: 'no-referrer' }));
        } else {
          // A refused source (javascript:, data:, relative): the alternative text, as text.
          out.push(h('span', { class: 'md-badlink', title: image[2], text: image[1] }));
        }
        i += 1 + image[0].length;
        continue;
      }
    }
    if (ch === '[') {
      const link = LINK.exec(rest);
      if (link) {
        flush();
        const href = safeHref(link[2]);
        const label = renderInline(link[1]);
        if (href) {
          const external = !href.startsWith('#');
          out.push(h('a', { href, rel: external ? 'noopener noreferrer' : null, target: external ? '_blank' : null }, label));
        } else {
          // A refused target (javascript:, data:, relative): the label stays, as text.
          out.push(h('span', { class: 'md-badlink', title: link[2] }, label));
        }
        i += link[0].length;
        continue;
      }
    }
    if (ch === '<') {
      const auto = /^<(https?:\/\/[^\s<>]+)>/.exec(rest);
      if (auto) {
        flush();
        out.push(h('a', { href: safeHref(auto[1]), rel: 'noopener noreferrer', target: '_blank', text: auto[1] }));
        i += auto[0].length;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  flush();
  return out;
}

/** Index of the closing `mark` after `from` that is not preceded by whitespace, or -1. */
function findClose(text, from, mark) {
  let at = text.indexOf(mark, from);
  while (at !== -1) {
    const afterWord = !/\s/.test(text[at - 1]);
    // A single `*` that is half of a `**` belongs to a strong span, not to this one.
    const doubled = mark.length === 1 && (text[at + 1] === mark || text[at - 1] === mark);
    if (afterWord && !doubled) return at;
    at = text.indexOf(mark, at + 1);
  }
  return -1;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`]*)$/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const BULLET = /^( {0,3})([-*+])\s+(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const TABLE_SEP = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function cells(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * Renders Markdown into a list of block elements. `depth` bounds quote/list nesting, so hostile
 * input cannot recurse without end.
 */
export function renderMarkdown(text, depth = 0) {
  const lines = String(text || '').replace(/\r\n?/g, '\n').split('\n');
  const blocks = [];
  let para = [];
  const endPara = () => {
    if (para.length) blocks.push(h('p', {}, renderInline(para.join(' ').trim())));
    para = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      endPara();
      const body = [];
      i += 1;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) {
        body.push(lines[i]);
        i += 1;
      }
      i += 1;
      const info = fence[2].trim().split(/\s+/)[0] || '';
      blocks.push(h('pre', { class: 'md-code', dataset: info ? { lang: info } : null }, h('code', { text: body.join('\n') })));
      continue;
    }
    if (!line.trim()) {
      endPara();
      i += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      endPara();
      // Lesson headings sit under the panel's own: h3 and below.
      const level = Math.min(6, heading[1].length + 2);
      blocks.push(h(`h${level}`, {}, renderInline(heading[2])));
      i += 1;
      continue;
    }
    if (RULE.test(line) && !para.length) {
      blocks.push(h('hr'));
      i += 1;
      continue;
    }
    if (QUOTE.test(line)) {
      endPara();
      const inner = [];
      while (i < lines.length && lines[i].trim() && QUOTE.test(lines[i])) {
        inner.push(QUOTE.exec(lines[i])[1]);
        i += 1;
      }
      const content = depth < 8 ? renderMarkdown(inner.join('\n'), depth + 1) : [h('p', { text: inner.join(' ') })];
      blocks.push(h('blockquote', {}, content));
      continue;
    }
    if (BULLET.test(line) || ORDERED.test(line)) {
      endPara();
      const ordered = !BULLET.test(line);
      const pattern = ordered ? ORDERED : BULLET;
      const items = [];
      while (i < lines.length) {
        const m = pattern.exec(lines[i]);
        if (m) {
          items.push([m[3]]);
        } else if (lines[i].trim() && /^\s+\S/.test(lines[i]) && items.length) {
          // An indented continuation line belongs to the item above.
          items[items.length - 1].push(lines[i].trim());
        } else {
          break;
        }
        i += 1;
      }
      const start = ordered ? Number(ORDERED.exec(line)[2]) : null;
      blocks.push(
        h(
          ordered ? 'ol' : 'ul',
          { start: ordered && start !== 1 ? start : null },
          items.map((item) => h('li', {}, renderInline(item.join(' ')))),
        ),
      );
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1]) && lines[i + 1].includes('-')) {
      endPara();
      const head = cells(line);
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].includes('|') && lines[i].trim()) {
        rows.push(cells(lines[i]));
        i += 1;
      }
      blocks.push(
        h(
          'table',
          { class: 'md-table' },
          h('thead', {}, h('tr', {}, head.map((c) => h('th', {}, renderInline(c))))),
          h('tbody', {}, rows.map((r) => h('tr', {}, head.map((_, k) => h('td', {}, renderInline(r[k] || '')))))),
        ),
      );
      continue;
    }
    para.push(line.trim());
    i += 1;
  }
  endPara();
  return blocks;
}
