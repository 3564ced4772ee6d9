// embed.html: one playground filling the frame, configured by the query string
// (?lesson=…&lang=…&commands=…&setup=…&autoplay&picture=hide|full&theme=dark&readonly&height=…&label=…), for
// platforms that allow only iframes.

import './dockling.js';

const params = new URLSearchParams(window.location.search);
const el = document.createElement('dockling-playground');
for (const name of ['lesson', 'lang', 'commands', 'setup', 'theme', 'picture', 'height', 'label']) {
  const value = params.get(name);
  if (value !== null) el.setAttribute(name, value);
}
for (const name of ['autoplay', 'readonly']) {
  if (params.has(name) && params.get(name) !== 'false' && params.get(name) !== '0') el.setAttribute(name, '');
}
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
document.body.append(el);
