// The page's own words in Korean and English, and which language is chosen.
// `?lang=ko|en` in the URL wins over the choice remembered in localStorage.

const KEY = 'dockling.lang';

const WORDS = {
  en: {
    title: 'dockling — Docker playground',
    lesson: 'Lesson',
    terminal: 'Terminal',
    terminalHint: 'Type docker commands. Tab completes, ↑/↓ history, Ctrl-C abandons a line (or copies selected text), Ctrl-L clears. Esc then Tab leaves the terminal.',
    picture: 'What Docker has now',
    hub: 'Registry (Hub)',
    images: 'Images',
    containers: 'Containers',
    ports: 'Ports',
    volumes: 'Volumes',
    networks: 'Networks',
    hostFiles: 'Host files',
    none: 'none yet',
    explanation: 'What just happened',
    explainEmpty: 'Run a command: its explanation appears here.',
    explainKept: 'Nothing new to explain (it changed nothing, or was explained before; type explain for more). Still shown, from before:',
    glossary: 'Concepts met so far',
    concept: 'Concept',
    files: 'Files (build context)',
    path: 'Path',
    content: 'Content',
    save: 'Save file',
    saved: 'Saved',
    newFile: 'New file',
    undo: 'Undo',
    reset: 'Reset',
    share: 'Share',
    shareCopied: 'Share link copied to the clipboard.',
    shareReady: 'Share link:',
    undone: 'undone',
    nothingToUndo: 'nothing to undo',
    restored: 'restored session',
    replayed: 'replayed shared session',
    crashed: 'The engine crashed; the session was rebuilt from its history without the last command.',
    layers: 'layers',
    shared: 'shared',
    used: 'used by',
    removed: 'removed',
    skip: 'Skip to terminal',
    language: 'Language',
    loadFailed: 'The saved session could not be loaded; starting fresh.',
    previousKept: 'You opened a share link: your own saved session was kept as a second slot.',
    switchSessions: 'Switch sessions',
    switched: 'switched to the other kept session',
    shareRefused: 'The share link could not be opened: it is not a session this page can read.',
    storedRefused: 'Your saved session could not be read, so a fresh one was started.',
    notSaved: 'Your session is not being saved: this browser’s storage is full or turned off.',
    dismiss: 'Dismiss',
    more: 'More',
    welcome: 'Welcome to dockling: a Docker engine that runs in this page. Nothing is sent anywhere.',
    loading: 'Loading the Docker engine…',
    loaded: 'The Docker engine is ready.',
    tryHelp: 'what this machine understands',
    tryLesson: 'Lesson 1 “Your first image and container”, the seed tutorial: build an express app image, run it with -p 9000:3000, open it with wget.',
    tryOpen: 'Open it in the Lesson panel, or at ?lesson=01-first-container',
    terminalHintTouch: 'Type docker commands. The keys under the terminal: Tab completes, ↑/↓ history, Ctrl then C abandons a line, Ctrl then L clears, Wide scrolls sideways so tables keep one row per line.',
    keyBar: 'Terminal keys',
    keyTab: 'Tab (complete)',
    keyEsc: 'Esc (escape)',
    keyCtrl: 'Ctrl (control, for the next letter)',
    keyLeft: 'Left arrow',
    keyUp: 'Up arrow (previous command)',
    keyDown: 'Down arrow (next command)',
    keyRight: 'Right arrow',
    keyWide: 'Wide: a terminal that scrolls sideways',
    wide: 'Wide',
  },
  ko: {
    title: 'dockling — 도커 놀이터',
    lesson: '레슨',
    terminal: '터미널',
    terminalHint: '도커 명령어를 입력하세요. Tab 자동 완성, ↑/↓ 기록, Ctrl-C 줄 취소(글자를 선택했으면 복사), Ctrl-L 화면 지우기. Esc 다음 Tab을 누르면 터미널에서 빠져나가요.',
    picture: '지금 도커의 상태',
    hub: '레지스트리 (Hub)',
    images: '이미지',
    containers: '컨테이너',
    ports: '포트',
    volumes: '볼륨',
    networks: '네트워크',
    hostFiles: '호스트 파일',
    none: '아직 없음',
    explanation: '방금 일어난 일',
    explainEmpty: '명령어를 실행하면 여기에 설명이 나와요.',
    explainKept: '새로 설명할 게 없어요(바뀐 게 없거나 이미 설명했어요. 더 보려면 explain을 입력하세요). 앞의 설명을 그대로 보여 줘요:',
    glossary: '지금까지 나온 개념',
    concept: '개념',
    files: '파일 (빌드 컨텍스트)',
    path: '경로',
    content: '내용',
    save: '파일 저장',
    saved: '저장됨',
    newFile: '새 파일',
    undo: '되돌리기',
    reset: '처음부터',
    share: '공유',
    shareCopied: '공유 링크를 클립보드에 복사했어요.',
    shareReady: '공유 링크:',
    undone: '되돌림',
    nothingToUndo: '되돌릴 명령어가 없어요',
    restored: '세션을 복원했어요',
    replayed: '공유된 세션을 재생했어요',
    crashed: '엔진이 멈췄어요. 마지막 명령어를 빼고 기록에서 세션을 다시 만들었어요.',
    layers: '레이어',
    shared: '공유',
    used: '사용 중',
    removed: '삭제됨',
    skip: '터미널로 건너뛰기',
    language: '언어',
    loadFailed: '저장된 세션을 불러올 수 없어서 새로 시작해요.',
    shareRefused: '공유 링크를 열 수 없어요. 이 페이지가 읽을 수 있는 세션이 아니에요.',
    storedRefused: '저장된 세션을 읽을 수 없어서 새 세션을 시작했어요.',
    notSaved: '세션이 저장되지 않고 있어요. 브라우저 저장 공간이 가득 찼거나 꺼져 있어요.',
    previousKept: '공유 링크를 열었어요. 원래 저장된 세션은 두 번째 칸에 보관했어요.',
    switchSessions: '세션 바꾸기',
    switched: '보관한 다른 세션으로 바꿨어요',
    dismiss: '닫기',
    more: '더 보기',
    welcome: 'dockling에 오신 걸 환영해요. 이 페이지 안에서 도는 도커 엔진이라 아무것도 밖으로 보내지 않아요.',
    loading: '도커 엔진을 불러오는 중…',
    loaded: '도커 엔진이 준비됐어요.',
    tryHelp: '이 컴퓨터에서 쓸 수 있는 명령어를 알려 줘요',
    tryLesson: '레슨 1 “첫 이미지와 첫 컨테이너”는 이 사이트의 바탕이 된 튜토리얼이에요. express 앱 이미지를 빌드하고 -p 9000:3000으로 실행한 뒤 wget으로 열어 봐요.',
    tryOpen: '레슨 패널에서 열거나 ?lesson=01-first-container 주소로 열어 보세요',
    terminalHintTouch: '도커 명령어를 입력하세요. 터미널 아래 키: Tab 자동 완성, ↑/↓ 기록, Ctrl 다음 C는 줄 취소, Ctrl 다음 L은 화면 지우기, 넓게는 표가 한 줄에 보이도록 옆으로 스크롤해요.',
    keyBar: '터미널 키',
    keyTab: 'Tab (자동 완성)',
    keyEsc: 'Esc',
    keyCtrl: 'Ctrl (다음 글자에 적용돼요)',
    keyLeft: '왼쪽 화살표',
    keyUp: '위쪽 화살표 (이전 명령어)',
    keyDown: '아래쪽 화살표 (다음 명령어)',
    keyRight: '오른쪽 화살표',
    keyWide: '넓게: 옆으로 스크롤되는 터미널',
    wide: '넓게',
  },
};

/** The language in force: URL parameter, then localStorage, then the browser's language. */
export function initialLang() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'ko' || fromUrl === 'en') return fromUrl;
  try {
    const stored = window.localStorage.getItem(KEY);
    if (stored === 'ko' || stored === 'en') return stored;
  } catch {
    // Storage can be disabled; the default is fine then.
  }
  return (navigator.language || '').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Remembers the learner's choice. */
export function rememberLang(lang) {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

/** The word for `key` in `lang`. */
export function t(lang, key) {
  return (WORDS[lang] && WORDS[lang][key]) || WORDS.en[key] || key;
}
