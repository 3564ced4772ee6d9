// Commands and files for an embedded playground, read from a lesson's Markdown or from the
// element's `commands` attribute.
//
// The lesson format is lessons/README.md's: ```sh (bash, shell) blocks are commands typed at the
// prompt (blank lines and `#` comments skipped, a leading `$ ` dropped), ```console blocks are
// terminal excerpts (`$ ` starts a command, `> ` continues it, anything else is sample output),
// `norun` marks a block that is only shown, and ```file path=… blocks are files to write.
// Where one command ends is the engine's decision (`needsMore(text)`: an open heredoc, quote or
// trailing `\`), so a heredoc spread over several lines stays one command.

const FENCE = /^(\s*)(`{3,}|~{3,})\s*(.*)$/;

/** Groups raw lines into whole commands; `needsMore(text)` says whether `text` continues. */
function group(lines, needsMore, commands) {
  let current = null;
  for (const raw of lines) {
    if (current === null) {
      const line = raw.replace(/^\s*\$ /, '');
      if (!line.trim() || line.trim().startsWith('#')) continue;
      current = line;
    } else {
      current += `\n${raw}`;
    }
    if (!needsMore(current)) {
      commands.push(current);
      current = null;
    }
  }
  // A command left open at the end of its block is still run: the engine reports what is wrong.
  if (current !== null) commands.push(current);
}

/** Commands of a ```console excerpt: `$ ` lines and their `> ` continuations. */
function consoleCommands(lines, commands) {
  let current = null;
  for (const line of lines) {
    if (line.startsWith('$ ')) {
      if (current !== null) commands.push(current);
      current = line.slice(2);
    } else if (current !== null && (line.startsWith('> ') || line === '>')) {
      current += `\n${line.slice(2)}`;
    } else if (current !== null) {
      commands.push(current);
      current = null;
    }
  }
  if (current !== null) commands.push(current);
}

/** `path=Dockerfile` style attributes of a fence's info string. */
function fenceAttrs(info) {
  const attrs = {};
  for (const m of info.matchAll(/([\w-]+)=("([^"]*)"|\S+)/g)) attrs[m[1]] = m[3] !== undefined ? m[3] : m[2];
  return attrs;
}

/**
 * Reads a lesson (or any Markdown post): `{title, files, commands, actions}`. `actions` is what
 * a playground does in order: `{files: [{path, content}]}` when a step starts (a step's files
 * are written before its commands, in the directory current at that moment, as lessons do),
 * then `{command}` for each command. Front matter is skipped (its `title` kept); code blocks in
 * other languages (json, goals, hint…) are prose.
 */
export function parseLesson(markdown, needsMore = () => false) {
  const lines = String(markdown).replace(/\r\n?/g, '\n').split('\n');
  const actions = [];
  let step = { files: [], commands: [] };
  const endStep = () => {
    if (step.files.length) actions.push({ files: step.files });
    for (const command of step.commands) actions.push({ command });
    step = { files: [], commands: [] };
  };
  let title = null;
  let i = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const m = /^title:\s*"?(.*?)"?\s*$/.exec(line);
        if (m) title = m[1];
      }
      i = end + 1;
    }
  }
  while (i < lines.length) {
    const open = FENCE.exec(lines[i]);
    i += 1;
    if (!open) {
      if (lines[i - 1].startsWith('## ')) endStep();
      continue;
    }
    const [, indent, marker, info] = open;
    const body = [];
    while (i < lines.length) {
      const line = lines[i];
      i += 1;
      const trimmed = line.trimStart();
      if (trimmed.startsWith(marker) && trimmed.slice(marker.length).trim() === '' && trimmed[0] === marker[0]) break;
      body.push(indent && line.startsWith(indent) ? line.slice(indent.length) : line);
    }
    const words = info.trim().split(/\s+/);
    const kind = (words[0] || '').toLowerCase();
    if (words.includes('norun')) continue;
    if (kind === 'file') {
      const { path } = fenceAttrs(info);
      if (path) step.files.push({ path, content: body.length ? `${body.join('\n')}\n` : '' });
    } else if (kind === 'sh' || kind === 'bash' || kind === 'shell') {
      group(body, needsMore, step.commands);
    } else if (kind === 'console') {
      consoleCommands(body, step.commands);
    }
  }
  endStep();
  return {
    title,
    files: actions.flatMap((a) => a.files || []),
    commands: actions.filter((a) => a.command !== undefined).map((a) => a.command),
    actions,
  };
}

/**
 * The `commands` attribute: commands separated by `;;` or by line breaks (a heredoc's lines stay
 * together, since `needsMore` keeps a command open until its terminator).
 */
export function splitCommands(text, needsMore = () => false) {
  const commands = [];
  if (!text) return commands;
  for (const piece of String(text).split(';;')) {
    const [first, ...rest] = piece.replace(/\r\n?/g, '\n').split('\n');
    // Attribute values are often indented with the markup around them (the first line follows
    // the quote or the `;;`, so it is trimmed on its own).
    const indent = Math.min(...rest.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length), Infinity);
    group(
      [first.trimStart(), ...rest.map((l) => (Number.isFinite(indent) ? l.slice(indent) : l))],
      needsMore,
      commands,
    );
  }
  return commands;
}

/** Text of an inline file (`<script type="text/plain" data-file>`): outer blank lines and common indentation removed. */
export function dedent(text) {
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length), Infinity);
  const body = lines.map((l) => (Number.isFinite(indent) ? l.slice(indent) : l)).join('\n');
  return body ? `${body}\n` : '';
}
