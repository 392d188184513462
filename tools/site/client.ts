// The reading page's behaviour: filters for the claims panel, selecting a claim (by click, keyboard
// or permalink) and scrolling to its highlight, and copying a citation. No network, no framework.

const claims = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>('.claim'));
const mark = (id: string) => document.getElementById(`hl-${id}`);

function applyFilters(form: HTMLFormElement): void {
  const value = (name: string) =>
    (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
  const topic = value('topic');
  const stance = value('stance');
  const act = value('speech-act');
  const kind = value('target-kind');
  const article = value('article');
  let shown = 0;
  for (const card of claims()) {
    const d = card.dataset;
    const match =
      (!topic || (d.ancestors ?? '').split(' ').includes(topic)) &&
      (!stance || d.stance === stance) &&
      (!act || d.speechAct === act) &&
      (!kind || d.targetKind === kind) &&
      (!article || (d.articles ?? '').split(' ').includes(article));
    card.hidden = !match;
    mark(card.id)?.classList.toggle('dimmed', !match);
    if (match) shown++;
  }
  const count = document.querySelector('[data-count]');
  if (count) count.textContent = String(shown);
}

function select(id: string, scroll: boolean): void {
  const card = document.getElementById(id);
  if (!card?.classList.contains('claim')) return;
  for (const el of document.querySelectorAll('.selected')) {
    el.classList.remove('selected');
    el.removeAttribute('aria-current');
  }
  card.classList.add('selected');
  card.setAttribute('aria-current', 'true');
  const hl = mark(id);
  hl?.classList.add('selected');
  if (scroll) {
    hl?.scrollIntoView({ block: 'center' });
    card.scrollIntoView({ block: 'nearest' });
  }
  card.focus({ preventScroll: true });
}

/** A short message at the top of the page, as text (the hash is the visitor's, not ours). */
function notice(text: string): void {
  let box = document.getElementById('permalink-notice');
  if (!box) {
    box = document.createElement('p');
    box.id = 'permalink-notice';
    box.className = 'notice';
    box.setAttribute('role', 'status');
    (document.querySelector('main') ?? document.body).prepend(box);
  }
  box.textContent = text;
  box.hidden = text === '';
}

function selectFromHash(): void {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    // A cut or mistyped permalink (#%E0%A4%A) has no claim id in it.
    notice(
      'This link does not name a claim (its address is malformed): pick a claim from the list.',
    );
    return;
  }
  notice('');
  if (id) select(id, true);
}

function go(id: string): void {
  if (location.hash === `#${id}`) select(id, true);
  else location.hash = id; // hashchange selects it
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector<HTMLFormElement>('form.filters');
  if (form) {
    form.addEventListener('change', () => applyFilters(form));
    applyFilters(form);
  }
  for (const hl of document.querySelectorAll<HTMLElement>('mark.hl')) {
    hl.addEventListener('click', () => go(hl.dataset.position ?? ''));
  }
  for (const card of claims()) {
    card.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target.closest('a, button, textarea, summary')) return;
      go(card.id);
    });
    card.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && event.target === card) {
        event.preventDefault();
        go(card.id);
      }
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
    button.addEventListener('click', async () => {
      const area = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
      if (!area) return;
      try {
        await navigator.clipboard.writeText(area.value);
      } catch {
        area.select(); // the clipboard may be refused; leave the text selected to copy by hand
      }
      button.textContent = 'Copied';
      setTimeout(() => {
        button.textContent = 'Copy citation';
      }, 1500);
    });
  }
  window.addEventListener('hashchange', selectFromHash);
  selectFromHash();
});
