// The host-file editor: a file list and a textarea; saved files are the next build's context.

import { h } from './dom.js';
import { t } from './i18n.js';

/** Wires the editor in `root` to the engine; returns `refresh(snapshot, lang)`. */
export function fileEditor(root, engine, onSaved) {
  const list = root.querySelector('[data-role=file-list]');
  const path = root.querySelector('[data-role=file-path]');
  const text = root.querySelector('[data-role=file-text]');
  const status = root.querySelector('[data-role=file-status]');
  let lang = 'en';

  function open(p) {
    path.value = p;
    const content = engine().readFile(p);
    text.value = content == null ? '' : content;
    status.textContent = '';
    text.focus();
  }

  root.querySelector('[data-role=file-form]').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = path.value.trim();
    if (!p) {
      path.focus();
      return;
    }
    try {
      if (engine().writeFile(p, text.value)) {
        status.textContent = `${t(lang, 'saved')}: ${p}`;
        onSaved();
      }
    } catch (e) {
      status.textContent = String(e && e.message ? e.message : e);
    }
  });
  root.querySelector('[data-role=file-new]').addEventListener('click', () => {
    path.value = '';
    text.value = '';
    status.textContent = '';
    path.focus();
  });

  /**
   * After undo or a jump in the timeline: the editor shows the open file as it now is on disk
   * (its earlier content, or nothing and a note when the save that made it was undone).
   */
  function reload() {
    const p = path.value.trim();
    if (!p) return;
    const content = engine().readFile(p);
    text.value = content == null ? '' : content;
    status.textContent = content == null ? t(lang, 'fileGone') : '';
  }

  refresh.open = open;
  refresh.reload = reload;
  return refresh;

  function refresh(snap, nextLang) {
    lang = nextLang;
    const files = ((snap && snap.host_files) || []).filter((f) => !f.is_dir);
    list.replaceChildren(
      ...files.map((f) =>
        h('li', {}, h('button', { type: 'button', class: 'file-button', dataset: { path: f.path }, onclick: () => open(f.path), text: f.path })),
      ),
    );
  }
}
